# Man pages for the three programs, generated from their --help and --version by help2man at
# build time, so a page cannot drift from its program. Pages go to ${CMAKE_BINARY_DIR}/man as
# gzipped section-1 pages (the Debian layout) and are installed by cmake/install.cmake.
find_program(HELP2MAN_PROGRAM help2man)
find_program(GZIP_PROGRAM gzip)
set(ASSAY_MAN_PAGES "")
if(NOT HELP2MAN_PROGRAM OR NOT GZIP_PROGRAM)
  message(WARNING "help2man or gzip not found (Debian packages help2man, gzip): no man pages")
  return()
endif()

function(assay_man_page program summary)
  set(page ${CMAKE_BINARY_DIR}/man/${program}.1)
  set(include ${CMAKE_SOURCE_DIR}/packaging/man/${program}.h2m)
  add_custom_command(
    OUTPUT ${page}.gz
    COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/man
    COMMAND ${HELP2MAN_PROGRAM} --no-info --section=1 --name=${summary} --include=${include}
            --output=${page} $<TARGET_FILE:${program}>
    COMMAND ${GZIP_PROGRAM} -9nf ${page}
    DEPENDS ${program} ${include}
    COMMENT "Man page for ${program}"
    VERBATIM)
  set(ASSAY_MAN_PAGES ${ASSAY_MAN_PAGES} ${page}.gz PARENT_SCOPE)
endfunction()

assay_man_page(assay-index "build and maintain an index of inspection reports")
assay_man_page(assay-query "search an index of inspection reports")
assay_man_page(assayd "serve searches of an index of inspection reports over HTTP")
add_custom_target(man_pages ALL DEPENDS ${ASSAY_MAN_PAGES})

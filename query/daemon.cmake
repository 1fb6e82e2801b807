# assayd: the HTTP daemon. Boost.Beast (header-only, Debian's Boost) serves HTTP; the web page
# (query/web/*) is compiled into the binary, so nothing is read from disk or the network at
# run time. The HTTP code in query/http/ is globbed into assay_query with the rest of query/.
set(ASSAY_WEB_CPP ${CMAKE_BINARY_DIR}/generated/web_assets.cpp)
file(GLOB ASSAY_WEB_FILES CONFIGURE_DEPENDS
     ${CMAKE_SOURCE_DIR}/query/web/*.html ${CMAKE_SOURCE_DIR}/query/web/*.css
     ${CMAKE_SOURCE_DIR}/query/web/*.js ${CMAKE_SOURCE_DIR}/query/web/*.svg)
add_custom_command(
  OUTPUT ${ASSAY_WEB_CPP}
  COMMAND ${CMAKE_COMMAND} -DOUT=${ASSAY_WEB_CPP} -DWEB_DIR=${CMAKE_SOURCE_DIR}/query/web
          -P ${CMAKE_SOURCE_DIR}/query/web/embed_web.cmake
  DEPENDS ${ASSAY_WEB_FILES} ${CMAKE_SOURCE_DIR}/query/web/embed_web.cmake
  COMMENT "Embedding web page assets")
target_sources(assay_query PRIVATE ${ASSAY_WEB_CPP})
# Beast needs Boost.System's headers only (Boost >= 1.69) and threads.
target_compile_definitions(assay_query PUBLIC BOOST_BEAST_USE_STD_STRING_VIEW)
target_link_libraries(assay_query PUBLIC Threads::Threads)

add_executable(assayd query/main_daemon.cpp)
target_link_libraries(assayd PRIVATE assay_query)

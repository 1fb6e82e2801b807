# The fault injector (tests/faults/inject.c, and inject_new.cpp for operator new): a shared
# library the fault suites put in LD_PRELOAD of the programs they run. No sanitizer: it must
# load into any build.
enable_language(C)
add_library(assay_faults SHARED ${CMAKE_SOURCE_DIR}/tests/faults/inject.c ${CMAKE_SOURCE_DIR}/tests/faults/inject_new.cpp)
set_target_properties(assay_faults PROPERTIES C_STANDARD 11 C_EXTENSIONS ON PREFIX "lib" OUTPUT_NAME "assay_faults")
target_compile_options(assay_faults PRIVATE -fno-sanitize=all)
target_link_options(assay_faults PRIVATE -fno-sanitize=all)
target_link_libraries(assay_faults PRIVATE ${CMAKE_DL_LIBS})
# In a sanitizer build, ASan's runtime must come first in LD_PRELOAD, ahead of the injector.
if(ASSAY_SANITIZE)
  execute_process(COMMAND ${CMAKE_CXX_COMPILER} -print-file-name=libasan.so
                  OUTPUT_VARIABLE ASSAY_ASAN_RUNTIME OUTPUT_STRIP_TRAILING_WHITESPACE)
endif()
# The suites run the programs and the library; build them first.
foreach(suite fault_injection_test corruption_test)
  if(TARGET ${suite})
    if(ASSAY_ASAN_RUNTIME)
      target_compile_definitions(${suite} PRIVATE ASSAY_ASAN_RUNTIME="${ASSAY_ASAN_RUNTIME}")
    endif()
    add_dependencies(${suite} assay-index assay_faults)
    if(TARGET assayd)
      add_dependencies(${suite} assayd)
    endif()
  endif()
endforeach()

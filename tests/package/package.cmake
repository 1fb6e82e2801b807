# The Debian package, built and inspected as a user would get it (tests/package/check_deb.sh).
find_program(DPKG_DEB_PROGRAM dpkg-deb)
if(DPKG_DEB_PROGRAM)
  add_test(NAME debian_package
           COMMAND ${CMAKE_SOURCE_DIR}/tests/package/check_deb.sh ${CMAKE_BINARY_DIR}
                   ${CMAKE_CPACK_COMMAND} ${PROJECT_VERSION})
  set_tests_properties(debian_package PROPERTIES TIMEOUT 300)
endif()

# cmake --install: the programs in bin/, their man pages in share/man/man1/, the example
# config in share/doc/assay/, the systemd unit in lib/systemd/system/. The programs need
# nothing else at run time (data tables and web assets are compiled in).
include(GNUInstallDirs)

install(TARGETS assay-index assay-query assayd RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
if(ASSAY_MAN_PAGES)
  install(FILES ${ASSAY_MAN_PAGES} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endif()
install(FILES ${CMAKE_SOURCE_DIR}/packaging/assayd.conf DESTINATION ${CMAKE_INSTALL_DOCDIR})

# The unit names the installed assayd, so it is written at install time, when the prefix is
# known (cmake --install --prefix and CPack may both change it after configuration).
install(CODE "
  set(ASSAYD_PROGRAM \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/assayd\")
  configure_file(\"${CMAKE_SOURCE_DIR}/packaging/assayd.service.in\"
                 \"${CMAKE_BINARY_DIR}/packaging/assayd.service\" @ONLY)
  file(INSTALL \"${CMAKE_BINARY_DIR}/packaging/assayd.service\"
       DESTINATION \"\${CMAKE_INSTALL_PREFIX}/lib/systemd/system\")
")

# The service reads /etc/assay/assayd.conf. Installing to the system prefix /usr (the Debian
# package, or by hand) puts the example there, as GNU does for /usr's sysconfdir; an existing
# file is an administrator's and is left alone.
install(CODE "
  if(CMAKE_INSTALL_PREFIX STREQUAL \"/usr\")
    if(NOT \"\$ENV{DESTDIR}\" STREQUAL \"\" OR NOT EXISTS /etc/assay/assayd.conf)
      file(INSTALL \"${CMAKE_SOURCE_DIR}/packaging/assayd.conf\" DESTINATION /etc/assay)
    else()
      message(STATUS \"Kept: /etc/assay/assayd.conf\")
    endif()
  endif()
")

# The Debian package (CPack's DEB generator): `make package`, or `cpack -G DEB` in a build
# folder whose programs and man pages are built. Installs under /usr, with the service's
# config as a conffile in /etc/assay; run-time dependencies come from dpkg-shlibdeps.
set(ASSAY_PACKAGE_MAINTAINER "Assay maintainers <assay@localhost>"
    CACHE STRING "Maintainer field of the Debian package")

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME assay)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "full-text search of Ofsted children's services inspection reports")
set(CPACK_PACKAGE_CONTACT ${ASSAY_PACKAGE_MAINTAINER})
# Installs with the prefix /usr into a staging folder given as DESTDIR, so the unit names
# /usr/bin/assayd and the config's absolute /etc path lands in the package.
set(CPACK_SET_DESTDIR ON)
set(CPACK_INSTALL_PREFIX /usr)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
# Packaging installs what is built (make package builds the programs and man pages first);
# it does not build the test suites as `all` would.
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY ON)
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # assay_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# The long description; CPack puts the summary above it and indents it.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Assay indexes inspection reports given as text, Markdown or HTML and finds the
exact paragraphs that answer a query, ranked, cited and counted by facet
(authority, year, grade, section, type, framework).

assay-index builds and updates an index, assay-query searches it from the
command line and assayd serves a search page and a JSON API over HTTP
(assayd.service, installed disabled).")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
    ${CMAKE_SOURCE_DIR}/packaging/debian/conffiles
    ${CMAKE_SOURCE_DIR}/packaging/debian/postinst
    ${CMAKE_SOURCE_DIR}/packaging/debian/prerm
    ${CMAKE_SOURCE_DIR}/packaging/debian/postrm)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

include(CPack)

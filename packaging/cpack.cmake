# Debian packages through CPack (`bash packaging/scripts/build-debs.sh`):
#   varde         the workstation (Qt), its desktop entry, icons, AppStream metainfo, varde-demo
#   varde-server  the central server, its systemd unit and default configuration
#   varde-common  vardectl and the PLO schemas both programs validate against
# The version is the project's (top-level CMakeLists.txt). Debian wants a copyright file and a
# changelog in /usr/share/doc/<package>, which CPack does not write: they are installed here.
include(GNUInstallDirs)

set(varde_packages workstation server common)
set(varde_package_workstation varde)
set(varde_package_server varde-server)
set(varde_package_common varde-common)

foreach(component IN LISTS varde_packages)
  set(package ${varde_package_${component}})
  set(PACKAGE ${package})
  configure_file(${PROJECT_SOURCE_DIR}/packaging/debian/changelog.in
                 ${PROJECT_BINARY_DIR}/packaging/${package}/changelog.Debian @ONLY)
  add_custom_command(
    OUTPUT ${PROJECT_BINARY_DIR}/packaging/${package}/changelog.Debian.gz
    COMMAND gzip -9nfk ${PROJECT_BINARY_DIR}/packaging/${package}/changelog.Debian
    DEPENDS ${PROJECT_BINARY_DIR}/packaging/${package}/changelog.Debian)
  list(APPEND varde_changelogs ${PROJECT_BINARY_DIR}/packaging/${package}/changelog.Debian.gz)
  install(FILES ${PROJECT_SOURCE_DIR}/packaging/debian/copyright
                ${PROJECT_BINARY_DIR}/packaging/${package}/changelog.Debian.gz
          DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/${package} COMPONENT ${component})
endforeach()
add_custom_target(package-docs ALL DEPENDS ${varde_changelogs})

set(CPACK_GENERATOR DEB)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL ${varde_packages})
set(CPACK_PACKAGE_NAME varde)
set(CPACK_PACKAGE_VENDOR "Varde developers")
set(CPACK_PACKAGE_CONTACT "Varde developers <varde@varde.example.org>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_DIRECTORY ${PROJECT_BINARY_DIR}/debs)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION science) # Debian Med's section
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_ENABLE_COMPONENT_DEPENDS ON)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://varde.example.org/")

set(CPACK_DEBIAN_WORKSTATION_PACKAGE_NAME varde)
set(CPACK_DEBIAN_WORKSTATION_PACKAGE_DEPENDS "qt6-qpa-plugins, fonts-dejavu-core, tzdata, qt6-translations-l10n")
set(CPACK_COMPONENT_WORKSTATION_DEPENDS common)
string(CONCAT CPACK_COMPONENT_WORKSTATION_DESCRIPTION
    "clinical workstation for digital home follow-up\n"
    "Varde is the workstation of a Norwegian municipal follow-up service:\n"
    "a triage worklist by the traffic-light model, trends, self-management\n"
    "plans and PLO messages to the GP, over an encrypted local store that\n"
    "works offline and syncs with the central server.")

set(CPACK_DEBIAN_SERVER_PACKAGE_NAME varde-server)
set(CPACK_DEBIAN_SERVER_PACKAGE_DEPENDS "adduser, tzdata")
set(CPACK_DEBIAN_SERVER_PACKAGE_SUGGESTS "postgresql-15")
set(CPACK_COMPONENT_SERVER_DEPENDS common)
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_EXTRA ${PROJECT_SOURCE_DIR}/packaging/server/postinst
                                              ${PROJECT_SOURCE_DIR}/packaging/server/conffiles)
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_STRICT_PERMISSION ON)
string(CONCAT CPACK_COMPONENT_SERVER_DESCRIPTION
    "central server of the Varde home follow-up workstation\n"
    "Receives home measurements (FHIR Observation) from patients' apps and\n"
    "devices, keeps them in PostgreSQL 15, feeds the workstations' offline\n"
    "caches and exchanges PLO messages with the GPs. Runs as the systemd\n"
    "service varde-server.")

set(CPACK_DEBIAN_COMMON_PACKAGE_NAME varde-common)
string(CONCAT CPACK_COMPONENT_COMMON_DESCRIPTION
    "command-line tool and PLO schemas of Varde\n"
    "vardectl (demo data, triage, plans, PLO messages, server administration\n"
    "and sync from the command line) and the PLO message schemas that\n"
    "Varde's programs validate against.")

include(CPack)

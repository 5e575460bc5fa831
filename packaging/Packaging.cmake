# Install layout and the Debian package (CPack, DEB generator). Included from the top-level
# CMakeLists.txt; `bash packaging/build-deb.sh` drives it.
include(GNUInstallDirs)

set(KASIR_APP_ID "id.kasir.KasirEWallet")

install(TARGETS kasir-ewallet-cli ppob-sandbox RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
if(KASIR_BUILD_GUI)
    install(TARGETS kasir-ewallet RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
    install(FILES "${CMAKE_CURRENT_LIST_DIR}/linux/${KASIR_APP_ID}.desktop"
            DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES "${CMAKE_CURRENT_LIST_DIR}/linux/${KASIR_APP_ID}.metainfo.xml"
            DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    install(FILES "${CMAKE_CURRENT_LIST_DIR}/linux/${KASIR_APP_ID}.svg"
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
endif()

# Man pages, compressed as Debian policy asks.
set(_kasir_man_pages kasir-ewallet-cli.1 ppob-sandbox.1)
if(KASIR_BUILD_GUI)
    list(APPEND _kasir_man_pages kasir-ewallet.1)
endif()
foreach(_page IN LISTS _kasir_man_pages)
    set(_out "${CMAKE_CURRENT_BINARY_DIR}/man/${_page}.gz")
    add_custom_command(OUTPUT "${_out}"
        COMMAND ${CMAKE_COMMAND} -E make_directory "${CMAKE_CURRENT_BINARY_DIR}/man"
        COMMAND gzip -9n -c "${CMAKE_CURRENT_LIST_DIR}/man/${_page}" > "${_out}"
        DEPENDS "${CMAKE_CURRENT_LIST_DIR}/man/${_page}"
        VERBATIM)
    list(APPEND _kasir_man_outputs "${_out}")
    install(FILES "${_out}" DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endforeach()
add_custom_target(kasir_man_pages ALL DEPENDS ${_kasir_man_outputs})

# Debian policy: a copyright file and a compressed changelog in /usr/share/doc/<package>.
set(_kasir_changelog "${CMAKE_CURRENT_BINARY_DIR}/changelog.gz")
add_custom_command(OUTPUT "${_kasir_changelog}"
    COMMAND gzip -9n -c "${CMAKE_CURRENT_LIST_DIR}/debian/changelog" > "${_kasir_changelog}"
    DEPENDS "${CMAKE_CURRENT_LIST_DIR}/debian/changelog"
    VERBATIM)
add_custom_target(kasir_changelog ALL DEPENDS "${_kasir_changelog}")
install(FILES "${CMAKE_CURRENT_LIST_DIR}/debian/copyright" "${_kasir_changelog}"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/kasir-ewallet)

set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "kasir-ewallet")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_VENDOR "Kasir E-Wallet developers")
set(CPACK_PACKAGE_CONTACT "Kasir E-Wallet developers <support@kasir.example.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "cashier for e-wallet top-ups at kiosk counters")
# The synopsis is CPACK_PACKAGE_DESCRIPTION_SUMMARY; this is the extended description.
string(CONCAT CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Sells e-wallet top-ups (GoPay, OVO, DANA, ShopeePay, LinkAja) through a PPOB\n"
    "merchant API. Every sale is written to a local journal before it is paid,\n"
    "unknown outcomes are re-checked with the same request id, and a demo mode\n"
    "with a built-in simulator needs no account. Includes the cashier window, a\n"
    "command-line tool and the merchant API simulator.")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://kasir.example.com/")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Qt's SQLite driver is a plugin that dpkg-shlibdeps cannot see.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_STRIP_FILES ON)
include(CPack)

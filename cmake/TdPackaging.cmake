# SPDX-License-Identifier: GPL-3.0-or-later
# CPack: one Debian package "tokendesk" with the three programs and everything
# packaging/CMakeLists.txt installs (`make package`, or `cpack -G DEB` in the build folder).
# `make check-deb` builds it, runs lintian, installs it and checks what got installed.

set(CPACK_PACKAGE_NAME tokendesk)
set(CPACK_PACKAGE_VENDOR "TokenDesk developers")
set(CPACK_PACKAGE_CONTACT "TokenDesk developers <tokendesk@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "manage npm access tokens before they expire")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
# Debian wants 0755 folders whatever the builder's umask.
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # tokendesk_<version>-<release>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)     # must match packaging/debian/changelog
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://tokendesk.github.io/")
# The synopsis is CPACK_PACKAGE_DESCRIPTION_SUMMARY; CPack indents these lines and turns the
# empty one into Debian's " ." paragraph break.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "TokenDesk lists the access tokens of your npm accounts with live expiry
countdowns, creates granular tokens through a guided wizard, keeps every
secret in the system keychain and warns from the tray before a token
expires. It finds tokens stored in plain text, migrates them to short-lived
granular tokens and sets up trusted publishing, so CI needs no token.

The package holds the desktop application (tokendesk), its command-line
twin (tokendesk-cli) and a practice registry on 127.0.0.1
(tokendesk-sandbox).")

# The libraries the programs link: dpkg-shlibdeps reads them from the binaries.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# What dpkg-shlibdeps cannot see, because Qt loads it at run time:
# - the SVG image plugin (icons, tray): libqsvg.so; its package differs between Debian releases
#   (libqt6svg6 in 12, qt6-svg-plugins later), so it is looked up on the build machine;
# - the platform plugins: xcb is in libqt6gui6, qt6-qpa-plugins has offscreen, eglfs and the
#   rest (tokendesk --help and the headless CLI paths use offscreen);
# - a D-Bus session bus, which the keychain (libsecret's Secret Service), the tray and the
#   notifications all talk over;
# - libarchive, which TokenDesk itself loads when it first reads a staged tarball
#   (core/stage/LibArchive.h), so that no start loads it.
function(td_package_owning pattern fallback out)
    set(owner ${fallback})
    find_program(TD_DPKG_QUERY dpkg-query)
    if(TD_DPKG_QUERY)
        execute_process(COMMAND ${TD_DPKG_QUERY} -S "${pattern}"
                        OUTPUT_VARIABLE found ERROR_QUIET RESULT_VARIABLE rc)
        if(rc EQUAL 0 AND found MATCHES "^([^:, ]+)")
            set(owner ${CMAKE_MATCH_1})
        endif()
    endif()
    set(${out} ${owner} PARENT_SCOPE)
endfunction()
td_package_owning("*/qt6/plugins/imageformats/libqsvg.so" qt6-svg-plugins td_svg_plugin_package)
td_package_owning("*/libarchive.so.13" libarchive13 td_libarchive_package)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "${td_svg_plugin_package}, ${td_libarchive_package} (>= 3.6), qt6-qpa-plugins, default-dbus-session-bus | dbus-session-bus")
# The keychain itself: any Secret Service provider works (GNOME Keyring, KeePassXC, KWallet's
# Secret Service), so none is forced on a desktop that already has another one; apt installs
# Recommends by default. qt6-wayland: the native Wayland platform plugin (without it, XWayland).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | keepassxc | kwalletmanager, qt6-wayland")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "npm")

include(CPack)

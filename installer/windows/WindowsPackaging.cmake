# ================================================================================================
# Windows packaging: an MSI (WiX Toolset 3) and a portable ZIP.
#
# NOT BUILT HERE. Waymark's CI and ./test.sh run on Debian; this file is included only
# if(WIN32), from installer/CMakeLists.txt, before include(CPack). installer/windows/README.md has
# the steps (Qt for MSVC, WiX, windeployqt, signing) and the checks to make on a real Windows
# machine before giving the MSI to a council.
# ================================================================================================

# --- The executables' icon and version information --------------------------------------------
# waymark.ico is rendered from the SVG at build time (installer/tools/rendericons.cpp).
foreach(target IN ITEMS waymark waymark-cli)
    set(WAYMARK_RC_FILENAME "${target}.exe")
    if(target STREQUAL "waymark")
        set(WAYMARK_RC_DESCRIPTION "Waymark")
    else()
        set(WAYMARK_RC_DESCRIPTION "Waymark command line")
    endif()
    configure_file(${CMAKE_CURRENT_LIST_DIR}/waymark.rc.in
        ${CMAKE_CURRENT_BINARY_DIR}/${target}.rc @ONLY)
    target_sources(${target} PRIVATE ${CMAKE_CURRENT_BINARY_DIR}/${target}.rc)
    add_dependencies(${target} waymark-icons)
endforeach()

# --- Qt and the C++ runtime beside the executables ----------------------------------------------
# windeployqt copies the Qt DLLs, the plugins (platforms/qwindows, styles/qwindowsvistastyle,
# sqldrivers/qsqlite, imageformats) and Qt's own translations into bin/ of the install tree, and
# so into the packages. Qt 6 has no printsupport plugin on Windows: printing is in
# Qt6PrintSupport.dll. The binaries need Qt's bin folder on PATH at build time (the Qt command
# prompt sets it), because rendericons runs during the build.
find_program(WAYMARK_WINDEPLOYQT windeployqt
    HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}" REQUIRED)
install(CODE "
    set(bin_dir \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}\")
    execute_process(
        COMMAND \"${WAYMARK_WINDEPLOYQT}\" $<IF:$<CONFIG:Debug>,--debug,--release>
            --no-compiler-runtime --no-opengl-sw --no-system-d3d-compiler --force
            --dir \"\${bin_dir}\"
            \"\${bin_dir}/waymark.exe\" \"\${bin_dir}/waymark-cli.exe\"
        RESULT_VARIABLE result)
    if(result)
        message(FATAL_ERROR \"windeployqt failed: \${result}\")
    endif()
    # Waymark uses SQLite only: drop the other SQL drivers (ODBC, PostgreSQL, ...), which would
    # only fail to load their client libraries.
    file(GLOB other_drivers \"\${bin_dir}/sqldrivers/*\")
    list(FILTER other_drivers EXCLUDE REGEX \"/qsqlited?\\\\.dll$\")
    if(other_drivers)
        file(REMOVE \${other_drivers})
    endif()
    if(NOT EXISTS \"\${bin_dir}/sqldrivers/qsqlite.dll\" AND
       NOT EXISTS \"\${bin_dir}/sqldrivers/qsqlited.dll\")
        message(FATAL_ERROR \"windeployqt did not deploy sqldrivers/qsqlite.dll\")
    endif()
    if(NOT EXISTS \"\${bin_dir}/platforms/qwindows.dll\" AND
       NOT EXISTS \"\${bin_dir}/platforms/qwindowsd.dll\")
        message(FATAL_ERROR \"windeployqt did not deploy platforms/qwindows.dll\")
    endif()
" COMPONENT application)

# The Visual C++ runtime (msvcp140.dll, vcruntime140.dll, vcruntime140_1.dll) installed beside the
# executables, so the MSI needs no separate VC++ Redistributable. Councils that deploy the
# Redistributable centrally may configure with -DWAYMARK_APP_LOCAL_VC_RUNTIME=OFF.
option(WAYMARK_APP_LOCAL_VC_RUNTIME "Install the Visual C++ runtime DLLs beside waymark.exe" ON)
if(WAYMARK_APP_LOCAL_VC_RUNTIME)
    set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
    set(CMAKE_INSTALL_SYSTEM_RUNTIME_COMPONENT application)
    include(InstallRequiredSystemLibraries)
endif()

# --- CPack: WiX MSI and ZIP ---------------------------------------------------------------------
set(CPACK_GENERATOR "WIX;ZIP")
# One feature, one component: council IT deploys the whole thing or nothing, and the ids in
# file-association.wxs depend on it.
set(CPACK_MONOLITHIC_INSTALL ON)
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Waymark")
set(CPACK_PACKAGE_FILE_NAME "waymark-${PROJECT_VERSION}-win64")
# Start menu shortcut "Waymark" to bin\waymark.exe.
set(CPACK_PACKAGE_EXECUTABLES "waymark" "Waymark")

# WiX needs the licence as .txt (shown on the licence page, converted to RTF).
configure_file(${PROJECT_SOURCE_DIR}/LICENSE ${CMAKE_CURRENT_BINARY_DIR}/LICENSE.txt COPYONLY)
set(CPACK_RESOURCE_FILE_LICENSE "${CMAKE_CURRENT_BINARY_DIR}/LICENSE.txt")

# The UpgradeCode is Waymark's identity for Windows Installer: it must NEVER change, so that each
# new MSI replaces the version before it (a major upgrade) and deployment tools (Intune, SCCM,
# Group Policy) recognise it. The ProductCode is left to CPack: a new one for every build.
set(CPACK_WIX_UPGRADE_GUID "9FE96DBC-15F7-4595-BA79-9C22983B525A")
set(CPACK_WIX_PRODUCT_ICON "${WAYMARK_ICON_ICO}")
set(CPACK_WIX_PROGRAM_MENU_FOLDER ".")
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_WIX_PROPERTY_ARPHELPLINK "${PROJECT_HOMEPAGE_URL}/issues")
set(CPACK_WIX_PROPERTY_ARPCOMMENTS "${PROJECT_DESCRIPTION}")
set(CPACK_WIX_PROPERTY_ARPCONTACT "The Waymark authors")
# The .waymark file association (ProgId, extension, open verb).
set(CPACK_WIX_PATCH_FILE "${CMAKE_CURRENT_LIST_DIR}/file-association.wxs")
# The installer's own dialogs: WiX 3 ships English as en-US (there is no en-GB or cy-GB). Silent
# installs (README.md) show no dialogs at all.
set(CPACK_WIX_CULTURES "en-US")

# Authenticode signing of the executables and the MSI when WAYMARK_SIGN_CERT_SHA1 is set.
set(CPACK_PRE_BUILD_SCRIPTS "${CMAKE_CURRENT_LIST_DIR}/sign.cmake")
set(CPACK_POST_BUILD_SCRIPTS "${CMAKE_CURRENT_LIST_DIR}/sign.cmake")

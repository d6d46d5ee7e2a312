# Authenticode signing for the Windows packages, run by CPack (NOT BUILT HERE; see README.md).
# As CPACK_PRE_BUILD_SCRIPTS it signs the .exe files and the unsigned .dll files staged for the
# package, before the MSI is made; as CPACK_POST_BUILD_SCRIPTS it signs the .msi itself. It does
# nothing unless WAYMARK_SIGN_CERT_SHA1 (the thumbprint of a code-signing certificate in the
# certificate store or on a hardware token) is set in the environment, so that unsigned test
# builds still work.
#   WAYMARK_SIGN_CERT_SHA1       certificate thumbprint (required to sign)
#   WAYMARK_SIGN_TIMESTAMP_URL   RFC 3161 time-stamp server (default: DigiCert's)
#   SIGNTOOL                     path to signtool.exe (default: found on PATH / Windows SDK)
if(NOT DEFINED ENV{WAYMARK_SIGN_CERT_SHA1} OR "$ENV{WAYMARK_SIGN_CERT_SHA1}" STREQUAL "")
    message(STATUS "Waymark: WAYMARK_SIGN_CERT_SHA1 is not set; the package is NOT signed")
    return()
endif()

if(DEFINED ENV{SIGNTOOL})
    set(signtool "$ENV{SIGNTOOL}")
else()
    file(GLOB sdk_signtools "C:/Program Files (x86)/Windows Kits/10/bin/*/x64/signtool.exe")
    list(SORT sdk_signtools COMPARE NATURAL ORDER DESCENDING)
    find_program(signtool signtool HINTS ${sdk_signtools})
    if(NOT signtool AND sdk_signtools)
        list(GET sdk_signtools 0 signtool)
    endif()
endif()
if(NOT signtool)
    message(FATAL_ERROR "Waymark: signtool.exe not found; set SIGNTOOL to its path")
endif()

set(timestamp_url "http://timestamp.digicert.com")
if(DEFINED ENV{WAYMARK_SIGN_TIMESTAMP_URL})
    set(timestamp_url "$ENV{WAYMARK_SIGN_TIMESTAMP_URL}")
endif()

if(DEFINED CPACK_PACKAGE_FILES)
    # After packaging: the installers themselves.
    set(files ${CPACK_PACKAGE_FILES})
    list(FILTER files INCLUDE REGEX "\\.(msi|exe)$")
else()
    # Before packaging: our programs, and any staged library that is not signed yet (the Qt
    # Company and Microsoft sign theirs; a self-built Qt's are not), so that an AppLocker or WDAC
    # publisher rule can allow the whole installed folder.
    file(GLOB_RECURSE files "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*.exe")
    file(GLOB_RECURSE libraries "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*.dll")
    foreach(library IN LISTS libraries)
        execute_process(COMMAND "${signtool}" verify /pa /q "${library}"
            RESULT_VARIABLE unsigned OUTPUT_QUIET ERROR_QUIET)
        if(unsigned)
            list(APPEND files "${library}")
        endif()
    endforeach()
endif()
if(NOT files)
    return()
endif()

message(STATUS "Waymark: signing ${files}")
execute_process(
    COMMAND "${signtool}" sign /sha1 "$ENV{WAYMARK_SIGN_CERT_SHA1}" /fd SHA256
        /tr "${timestamp_url}" /td SHA256 /d "Waymark" ${files}
    RESULT_VARIABLE result)
if(result)
    message(FATAL_ERROR "Waymark: signtool failed (${result})")
endif()

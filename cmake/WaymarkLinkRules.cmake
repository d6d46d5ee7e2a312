# The layering rules of docs/architecture.md, enforced: waymark_forbid_links(TARGET PATTERN WHY)
# fails the configure step if TARGET links anything matching PATTERN. The check runs once every
# directory has been configured, so a target_link_libraries added anywhere in the tree is caught.
function(waymark_forbid_links target pattern why)
    # A deferred call expands its arguments when it runs, after this function's variables are
    # gone, so they are written into the call now.
    cmake_language(EVAL CODE "cmake_language(DEFER DIRECTORY [[${PROJECT_SOURCE_DIR}]] CALL _waymark_check_links [[${target}]] [[${pattern}]] [[${why}]])")
endfunction()

function(_waymark_check_links target pattern why)
    get_target_property(links ${target} LINK_LIBRARIES)
    foreach(lib IN LISTS links)
        if(lib MATCHES "${pattern}")
            message(FATAL_ERROR "${target} must not link ${lib}: ${why}")
        endif()
    endforeach()
endfunction()

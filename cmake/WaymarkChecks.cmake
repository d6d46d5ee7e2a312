# The checks that keep the code clean (README.md, "Checking the code"):
#   -DWAYMARK_WERROR=ON                    every compiler warning stops the build (./test.sh and CI)
#   -DWAYMARK_SANITIZE=address,undefined   the whole tree built with those sanitizers, in a build
#                                          directory of its own (build-asan); ctest then runs the
#                                          suite under them
#   the tidy target                        clang-tidy with .clang-tidy over the product code
option(WAYMARK_WERROR "Treat compiler warnings as errors" OFF)
set(WAYMARK_SANITIZE "" CACHE STRING
    "Sanitizers to build with, as -fsanitize takes them (e.g. address,undefined); empty: none")

if(WAYMARK_WERROR AND CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    add_compile_options(-Werror)
endif()

if(WAYMARK_SANITIZE)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
        message(FATAL_ERROR "WAYMARK_SANITIZE needs GCC or clang")
    endif()
    # Undefined behaviour stops the program, as an ASan finding does, so that a test fails on it
    # rather than printing a line nobody reads.
    add_compile_options(-fsanitize=${WAYMARK_SANITIZE} -fno-sanitize-recover=all
        -fno-omit-frame-pointer)
    add_link_options(-fsanitize=${WAYMARK_SANITIZE})
    # A program preloading a library (tests/support/faultinject.cpp) must name the ASan runtime
    # first in LD_PRELOAD, or ASan refuses to start: tests get its path here.
    if(WAYMARK_SANITIZE MATCHES "address")
        execute_process(COMMAND ${CMAKE_CXX_COMPILER} -print-file-name=libasan.so
            OUTPUT_VARIABLE WAYMARK_ASAN_RUNTIME OUTPUT_STRIP_TRAILING_WHITESPACE)
        get_filename_component(WAYMARK_ASAN_RUNTIME "${WAYMARK_ASAN_RUNTIME}" REALPATH)
    endif()
endif()

# `cmake --build build --target tidy`: clang-tidy with the checks of .clang-tidy over the product
# code (core/, render/, app/; not tests), from this build's compile_commands.json. The programs
# are built first, so that the generated sources and headers clang-tidy reads (moc, Version.h)
# are there.
find_program(WAYMARK_RUN_CLANG_TIDY NAMES run-clang-tidy run-clang-tidy-14)
if(WAYMARK_RUN_CLANG_TIDY)
    add_custom_target(tidy
        COMMAND ${WAYMARK_RUN_CLANG_TIDY} -p ${CMAKE_BINARY_DIR} -quiet
            "^${PROJECT_SOURCE_DIR}/(core|render|app)/"
        WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
        COMMENT "clang-tidy (.clang-tidy) over core/, render/ and app/"
        VERBATIM)
    add_dependencies(tidy waymark waymark-cli)
endif()

# The checks that keep the code clean (README.md, "Checking the code"):
#   -DWAYMARK_WERROR=ON                    every compiler warning stops the build (./test.sh and CI)
#   -DWAYMARK_SANITIZE=address,undefined   the whole tree built with those sanitizers, in a build
#                                          directory of its own (build-asan); ctest then runs the
#                                          suite under them
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

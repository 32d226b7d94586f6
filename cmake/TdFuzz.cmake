# SPDX-License-Identifier: GPL-3.0-or-later
# libFuzzer targets (tests/fuzz). Configure a separate tree with clang and -DTD_FUZZ=ON, then
# build only what the fuzzers need: `cmake --build build-fuzz --target fuzzers` (what
# `make fuzz` and `make fuzz-short` do). Every target of that tree is compiled with the
# fuzzer's coverage instrumentation plus the sanitizers in TD_FUZZ_SANITIZERS (ASan and UBSan by
# default), so td_core's code is what gets explored. `make fuzz` builds a second tree with UBSan
# only for its long runs (ASan halves the speed) and then replays their whole corpus through this
# one, so every input that reached new code is checked by ASan too.
option(TD_FUZZ "Build the libFuzzer targets in tests/fuzz (clang only)" OFF)
if(TD_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "TD_FUZZ=ON needs clang (libFuzzer): configure with "
                            "-DCMAKE_CXX_COMPILER=clang++")
    endif()
    set(TD_FUZZ_SANITIZERS "address,undefined" CACHE STRING "Sanitizers of the fuzz build")
    target_compile_options(td_project_options INTERFACE
        -fsanitize=fuzzer-no-link,${TD_FUZZ_SANITIZERS} -fno-sanitize-recover=all
        -fno-omit-frame-pointer -g)
    target_link_options(td_project_options INTERFACE -fsanitize=${TD_FUZZ_SANITIZERS})
    add_subdirectory(${PROJECT_SOURCE_DIR}/tests/fuzz ${PROJECT_BINARY_DIR}/tests/fuzz)
endif()

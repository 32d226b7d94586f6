# SPDX-License-Identifier: GPL-3.0-or-later
# One interface target carries every shared compiler setting; every target links it.
add_library(td_project_options INTERFACE)
target_compile_features(td_project_options INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)
target_compile_definitions(td_project_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    JSON_USE_IMPLICIT_CONVERSIONS=0)
target_compile_options(td_project_options INTERFACE
    -Wall -Wextra -Wpedantic -Wnon-virtual-dtor -Woverloaded-virtual -Wshadow -Wold-style-cast)
target_include_directories(td_project_options INTERFACE ${PROJECT_BINARY_DIR}/generated)

# Warnings are errors in CI (CI=true in the environment, or -DTD_WERROR=ON).
if(DEFINED ENV{CI} AND NOT "$ENV{CI}" STREQUAL "" AND NOT "$ENV{CI}" STREQUAL "false")
    set(TD_WERROR_DEFAULT ON)
else()
    set(TD_WERROR_DEFAULT OFF)
endif()
option(TD_WERROR "Treat compiler warnings as errors" ${TD_WERROR_DEFAULT})
if(TD_WERROR)
    target_compile_options(td_project_options INTERFACE -Werror)
endif()

# Sanitizer build (make test-asan: clang, ASan + UBSan). -DTD_SANITIZE=address,undefined
# instruments every target, and ctest then starts each test through tests/sanitizers/run-test.sh,
# which fails the test on any report — also one from a program the test started.
set(TD_SANITIZE "" CACHE STRING
    "Sanitizers for every target, comma-separated as for -fsanitize= (e.g. address,undefined)")
if(TD_SANITIZE)
    set(TD_TEST_TIMEOUT_FACTOR 3 CACHE STRING "Multiply every test's TIMEOUT (sanitized code is slower)")
else()
    set(TD_TEST_TIMEOUT_FACTOR 1 CACHE STRING "Multiply every test's TIMEOUT (sanitized code is slower)")
endif()
if(TD_SANITIZE)
    target_compile_options(td_project_options INTERFACE
        -fsanitize=${TD_SANITIZE} -fno-omit-frame-pointer -fno-sanitize-recover=all)
    target_link_options(td_project_options INTERFACE -fsanitize=${TD_SANITIZE})
    # For the code that must behave differently under AddressSanitizer (its leak check wants the
    # ordinary end; its memory use is several times larger): one name, set here.
    if(TD_SANITIZE MATCHES "address")
        target_compile_definitions(td_project_options INTERFACE TD_ADDRESS_SANITIZER)
    endif()
    set(CMAKE_CROSSCOMPILING_EMULATOR ${PROJECT_SOURCE_DIR}/tests/sanitizers/run-test.sh)
endif()

# Hardening (KeePassXC's set; Debian's gcc and clang enable none of it by default).
# - Stack canaries in every function that has a local array or takes a local's address.
# - Full RELRO: the GOT is read-only once the dynamic loader has resolved every symbol.
# - _FORTIFY_SOURCE=2: checked memcpy/strcpy/read... where the size is known. It needs an
#   optimised build (glibc warns otherwise), so Debug and an empty build type go without; it is
#   skipped when the packager's flags already choose a level (Debian's dpkg-buildflags does), and
#   in a sanitizer build, where the unchecked libc calls are the ones ASan intercepts.
# - _GLIBCXX_ASSERTIONS: bounds checks in std::vector/string/span operator[] and friends, cheap
#   enough for Debug and the sanitizer build (not for Release: it stays the fast build).
target_compile_options(td_project_options INTERFACE -fstack-protector-strong)
target_link_options(td_project_options INTERFACE -Wl,-z,relro,-z,now)
if(NOT TD_SANITIZE AND NOT "${CMAKE_CXX_FLAGS} ${CMAKE_CXX_FLAGS_RELEASE}" MATCHES "_FORTIFY_SOURCE")
    target_compile_definitions(td_project_options INTERFACE
        $<$<CONFIG:Release,RelWithDebInfo,MinSizeRel>:_FORTIFY_SOURCE=2>)
endif()
if(TD_SANITIZE)
    target_compile_definitions(td_project_options INTERFACE _GLIBCXX_ASSERTIONS)
else()
    target_compile_definitions(td_project_options INTERFACE $<$<CONFIG:Debug>:_GLIBCXX_ASSERTIONS>)
endif()

# lld links each of the ~100 test programs about 3 times faster than GNU ld (0.25 s instead of
# 0.7-0.9 s for an ASan test binary on CI's 2 cores): on by default when it is installed.
find_program(TD_LLD ld.lld)
option(TD_USE_LLD "Link with lld (-fuse-ld=lld) when it is installed" ON)
if(TD_USE_LLD AND TD_LLD)
    target_link_options(td_project_options INTERFACE -fuse-ld=lld)
endif()

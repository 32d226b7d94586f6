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
    -Wall -Wextra -Wpedantic -Wnon-virtual-dtor -Woverloaded-virtual)
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

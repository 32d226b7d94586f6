# SPDX-License-Identifier: GPL-3.0-or-later
# Precompiled headers. Most of TokenDesk's files are small, so parsing Qt's headers is most of
# their compile time: a test file took 4.8 s to compile on average, 2.8 s of it reading <QTest>,
# and 1.7 s with its headers precompiled. A cold Release build on CI's 2 cores went from 41 to 16
# minutes.
#
# - td_core, td_desktop: each precompiles the headers its files include most often.
# - td_cli, td_sandbox: the same headers as td_core, each precompiled for its own flags (clang
#   refuses a precompiled header made with a macro the file's command line lacks, and td_core's
#   private QtKeychain brings QT_DBUS_LIB).
# - Tests: two holder targets precompile QTest with the other headers tests use, one for tests
#   without Qt Gui and one for tests with Qt Widgets (<QTest> defines QTEST_MAIN differently for
#   each); every test program and test support library reuses the one that matches what it links.
#
# Every file still includes what it uses: the clazy build (tools/clazy-build.sh) and clang-tidy
# compile td_core and the programs without the precompiled headers and fail on a missing include.
# CMake adds -Winvalid-pch (an error in CI), so g++ fails a file whose precompiled header it
# refuses instead of quietly reading the headers again. Turn it all off with
# -DCMAKE_DISABLE_PRECOMPILE_HEADERS=ON.

# clang (the sanitizer and fuzz trees): CMake passes the header and its .pch through -Xclang with
# absolute paths, which ccache neither reads as a precompiled header nor rewrites under its
# base_dir, and clang stamps the headers' mtimes into the .pch, so ccache will not cache it: the
# clang trees of a clone at another path missed the cache on 277 of 280 files. The driver's own
# -include-pch and -include are paths ccache rewrites, and -fno-pch-timestamp leaves the .pch the
# same in every clone. The extension is not .pch because the driver would take a <header>.pch
# beside an -include'd header as its precompiled form, also while making a new one.
# But a .pch names its header by absolute path, and clang refuses one whose header is not there:
# a clone at another path got the .pch of a tree that no longer existed from the cache and failed
# to build ("could not find file '/check/work/main/build-asan/…/cmake_pch.hxx' referenced by AST
# file"). TD_PCH_TREE, a hash of the tree's path on every file that makes or uses a .pch, keeps
# those files in the cache per tree: a clone at the same path (CI) still hits, another one misses.
if(CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    string(MD5 td_pch_tree "${CMAKE_BINARY_DIR}")
    set(CMAKE_PCH_EXTENSION .clangpch)
    set(CMAKE_CXX_COMPILE_OPTIONS_USE_PCH
        -DTD_PCH_TREE=${td_pch_tree} -include-pch <PCH_FILE> -include <PCH_HEADER>)
    set(CMAKE_CXX_COMPILE_OPTIONS_CREATE_PCH
        -DTD_PCH_TREE=${td_pch_tree} -Xclang -emit-pch -Xclang -fno-pch-timestamp
        -include <PCH_HEADER> -x c++-header)
endif()

set(TD_PCH_STD <algorithm> <chrono> <functional> <memory> <optional> <utility> <vector>)
set(TD_PCH_QT_CORE
    <QByteArray> <QCoreApplication> <QDateTime> <QDir> <QFile> <QFileInfo> <QHash> <QJsonArray>
    <QJsonDocument> <QJsonObject> <QList> <QObject> <QPointer> <QRegularExpression> <QSet>
    <QString> <QStringList> <QTimer> <QUrl>)
set(TD_PCH_QT_NETWORK <QNetworkAccessManager> <QNetworkReply> <QNetworkRequest>)
set(TD_PCH_QT_WIDGETS
    <QAction> <QApplication> <QComboBox> <QDialog> <QHBoxLayout> <QHeaderView> <QLabel>
    <QLineEdit> <QPushButton> <QTableView> <QTabWidget> <QVBoxLayout> <QWidget>)
set(TD_PCH_QT_TEST
    <QElapsedTimer> <QProcess> <QSignalSpy> <QStandardPaths> <QTemporaryDir> <QTest>)

# td_precompile_core(<target>): td_core's headers for a library of Qt Core/Network code.
function(td_precompile_core target)
    target_precompile_headers(${target} PRIVATE ${TD_PCH_STD} ${TD_PCH_QT_CORE} ${TD_PCH_QT_NETWORK})
endfunction()

# td_precompile_widgets(<target>): the same plus the widgets the desktop uses most.
function(td_precompile_widgets target)
    target_precompile_headers(${target} PRIVATE
        ${TD_PCH_STD} ${TD_PCH_QT_CORE} ${TD_PCH_QT_NETWORK} ${TD_PCH_QT_WIDGETS})
endfunction()

# td_link_closure(<target> <out>): <target> and every target it links, directly or through the
# libraries it links (read at the end of configuration, when every target exists).
function(td_link_closure target out)
    set(closure "")
    set(queue ${target})
    while(queue)
        list(POP_FRONT queue current)
        if(current IN_LIST closure OR NOT TARGET ${current})
            continue()
        endif()
        list(APPEND closure ${current})
        get_target_property(aliased ${current} ALIASED_TARGET)
        if(aliased)
            list(APPEND queue ${aliased})
        endif()
        get_target_property(type ${current} TYPE)
        set(props INTERFACE_LINK_LIBRARIES)
        if(NOT type STREQUAL "INTERFACE_LIBRARY")
            get_target_property(imported ${current} IMPORTED)
            if(NOT imported)
                list(APPEND props LINK_LIBRARIES)
            endif()
        endif()
        foreach(prop IN LISTS props)
            get_target_property(libs ${current} ${prop})
            foreach(lib IN LISTS libs)
                # Static libraries list their private dependencies as $<LINK_ONLY:lib>.
                string(REGEX REPLACE "^\\$<LINK_ONLY:(.*)>$" "\\1" lib "${lib}")
                if(TARGET ${lib})
                    list(APPEND queue ${lib})
                endif()
            endforeach()
        endforeach()
    endwhile()
    set(${out} ${closure} PARENT_SCOPE)
endfunction()

# td_precompile_tests(SUPPORT <library> LIBS <libraries...> DIRECTORY <directory>): builds the two
# holders, compiled as if they linked LIBS (what SUPPORT, the test support library, links), and
# gives every test program and test library defined in DIRECTORY or below that links SUPPORT the
# one that matches what it links. g++ refuses a precompiled header made with a macro the file's
# command line lacks (QT_DBUS_LIB, say), so targets that do not link SUPPORT, or link Qt Gui
# without Widgets, keep compiling without one.
function(td_precompile_tests)
    cmake_parse_arguments(ARG "" "SUPPORT;DIRECTORY" "LIBS" ${ARGN})
    # The tests find their data through TestPaths.h, never QFINDTESTDATA. Qt Test's per-target
    # QT_TESTCASE_BUILDDIR and QT_TESTCASE_SOURCEDIR would make <QTest> differ in every folder.
    get_target_property(defs Qt6::Test INTERFACE_COMPILE_DEFINITIONS)
    list(FILTER defs EXCLUDE REGEX "^QT_TESTCASE_")
    set_target_properties(Qt6::Test PROPERTIES INTERFACE_COMPILE_DEFINITIONS "${defs}")

    set(holder_source ${CMAKE_CURRENT_BINARY_DIR}/td_test_pch_holder.cpp)
    file(CONFIGURE OUTPUT ${holder_source}
        CONTENT "// Compiled so that the precompiled test headers have a target to belong to.\n")
    add_library(td_test_pch_core OBJECT ${holder_source})
    target_link_libraries(td_test_pch_core PRIVATE ${ARG_LIBS})
    target_precompile_headers(td_test_pch_core PRIVATE
        ${TD_PCH_STD} ${TD_PCH_QT_CORE} ${TD_PCH_QT_NETWORK} ${TD_PCH_QT_TEST})
    add_library(td_test_pch_widgets OBJECT ${holder_source})
    target_link_libraries(td_test_pch_widgets PRIVATE ${ARG_LIBS} Qt6::Widgets)
    target_precompile_headers(td_test_pch_widgets PRIVATE
        ${TD_PCH_STD} ${TD_PCH_QT_CORE} ${TD_PCH_QT_NETWORK} ${TD_PCH_QT_WIDGETS} ${TD_PCH_QT_TEST})

    set(dirs ${ARG_DIRECTORY})
    while(dirs)
        list(POP_FRONT dirs dir)
        get_property(subdirs DIRECTORY ${dir} PROPERTY SUBDIRECTORIES)
        list(APPEND dirs ${subdirs})
        get_property(targets DIRECTORY ${dir} PROPERTY BUILDSYSTEM_TARGETS)
        foreach(target IN LISTS targets)
            get_target_property(type ${target} TYPE)
            if(NOT type MATCHES "^(EXECUTABLE|STATIC_LIBRARY)$")
                continue()
            endif()
            td_link_closure(${target} closure)
            if(NOT ARG_SUPPORT IN_LIST closure)
                continue()
            endif()
            if(type STREQUAL "EXECUTABLE")
                # A test program includes its own .moc, so its moc file is empty; loading the
                # 160 MB header for nothing would cost half a second, 300 times over.
                get_target_property(binary_dir ${target} BINARY_DIR)
                set_source_files_properties(${binary_dir}/${target}_autogen/mocs_compilation.cpp
                    TARGET_DIRECTORY ${target} PROPERTIES SKIP_PRECOMPILE_HEADERS ON)
            endif()
            if("Qt6::Widgets" IN_LIST closure)
                target_precompile_headers(${target} REUSE_FROM td_test_pch_widgets)
            elseif(NOT "Qt6::Gui" IN_LIST closure)
                target_precompile_headers(${target} REUSE_FROM td_test_pch_core)
            endif()
        endforeach()
    endwhile()
endfunction()

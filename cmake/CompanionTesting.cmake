# companion_add_qtest(NAME <name> SOURCES <files...> LIBS <targets...> [LABELS <labels...>] [TIMEOUT <s>])
# Builds a Qt Test executable and registers it with ctest, headless (offscreen).
# Tests learn where the other executables are through compile definitions, so they
# always run the binaries of this build tree.
function(companion_add_qtest)
    cmake_parse_arguments(T "" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    qt_add_executable(${T_NAME} ${T_SOURCES})
    target_link_libraries(${T_NAME} PRIVATE Qt6::Test ${T_LIBS})
    target_compile_definitions(${T_NAME} PRIVATE
        PLATFORM_SERVER_PATH="$<TARGET_FILE:platform-server>"
        COMPANION_CLI_PATH="$<TARGET_FILE:companion-cli>"
        COMPANION_GUI_PATH="$<TARGET_FILE:companion>"
        COMPANION_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
        COMPANION_BINARY_DIR="${PROJECT_BINARY_DIR}")
    add_test(NAME ${T_NAME} COMMAND ${T_NAME})
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 120)
    endif()
    set_tests_properties(${T_NAME} PROPERTIES
        TIMEOUT ${T_TIMEOUT}
        LABELS "${T_LABELS}"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QTWEBENGINE_DISABLE_SANDBOX=1")
endfunction()

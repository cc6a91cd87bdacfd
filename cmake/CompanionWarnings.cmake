# Project-wide compiler flags: warnings on everywhere, errors in CI, optional sanitizers.
add_compile_options(-Wall -Wextra -Wpedantic)
if(COMPANION_WERROR)
    add_compile_options(-Werror)
    # GCC 12 reports false maybe-uninitialized positives on std::optional at -O2
    # (GCC bug 105562); keep the warning visible but not fatal.
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
        add_compile_options(-Wno-error=maybe-uninitialized)
    endif()
endif()
if(COMPANION_SANITIZE)
    add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    add_link_options(-fsanitize=address,undefined)
endif()
add_compile_definitions(QT_NO_CAST_FROM_ASCII QT_NO_URL_CAST_FROM_STRING QT_NO_NARROWING_CONVERSIONS_IN_CONNECT)

# Settings every GoDual target shares: warnings as errors, Qt's strict defines, sanitizers.
# Applied per target through godual_configure_target() so third-party code is not affected.

add_library(godual_build_settings INTERFACE)

target_compile_options(godual_build_settings INTERFACE
    $<$<CXX_COMPILER_ID:GNU,Clang,AppleClang>:-Wall -Wextra -Wpedantic -Werror>
    $<$<CXX_COMPILER_ID:MSVC>:/W4 /WX /permissive- /utf-8>)

# Qt's strict mode: no implicit conversions between QString, char* and QByteArray, no foreach.
target_compile_definitions(godual_build_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_DISABLE_DEPRECATED_UP_TO=0x060500)

if(GODUAL_SANITIZE)
    set(_godual_san -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_compile_options(godual_build_settings INTERFACE ${_godual_san})
    target_link_options(godual_build_settings INTERFACE ${_godual_san})
endif()

# Gives a GoDual target the shared settings and its folder as include root.
function(godual_configure_target target)
    target_link_libraries(${target} PRIVATE godual_build_settings)
endfunction()

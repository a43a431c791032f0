# Translations: one .ts per language under resources/translations, compiled with lrelease and
# embedded as :/i18n/godual_<lang>.qm. lrelease is called directly because qt_add_lrelease's
# signature changed in Qt 6.7 and GoDual supports 6.5 onwards.
set(GODUAL_TS_FILES ${PROJECT_SOURCE_DIR}/resources/translations/godual_zh_CN.ts)

function(godual_add_translations target)
    set(qm_files)
    foreach(ts IN LISTS GODUAL_TS_FILES)
        get_filename_component(base ${ts} NAME_WE)
        set(qm ${CMAKE_CURRENT_BINARY_DIR}/i18n/${base}.qm)
        add_custom_command(OUTPUT ${qm}
            COMMAND $<TARGET_FILE:Qt6::lrelease> -silent ${ts} -qm ${qm}
            DEPENDS ${ts} VERBATIM)
        list(APPEND qm_files ${qm})
    endforeach()
    qt_add_resources(${target} godual_translations
        PREFIX /i18n BASE ${CMAKE_CURRENT_BINARY_DIR}/i18n FILES ${qm_files})
endfunction()

# `cmake --build --preset dev --target update_translations` refreshes the .ts files from the
# sources of every library (new strings appear as unfinished for translators).
add_custom_target(update_translations
    COMMAND $<TARGET_FILE:Qt6::lupdate> -silent -locations relative -no-obsolete
        ${PROJECT_SOURCE_DIR}/models ${PROJECT_SOURCE_DIR}/installers ${PROJECT_SOURCE_DIR}/app
        ${PROJECT_SOURCE_DIR}/ui -ts ${GODUAL_TS_FILES}
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
    COMMENT "Updating translations"
    VERBATIM)

# The Windows resources of an executable: icon, application manifest and version information
# (app/windows/godual.rc.in and godual.manifest.in).

set(GODUAL_VERSION_COMMAS "${PROJECT_VERSION_MAJOR},${PROJECT_VERSION_MINOR},${PROJECT_VERSION_PATCH},0")
set(GODUAL_VERSION_QUAD "${PROJECT_VERSION_MAJOR}.${PROJECT_VERSION_MINOR}.${PROJECT_VERSION_PATCH}.0")
set(GODUAL_ICO "${PROJECT_SOURCE_DIR}/resources/icons/png/godual.ico")
set(GODUAL_MANIFEST "${PROJECT_BINARY_DIR}/app/godual.manifest")
configure_file(${PROJECT_SOURCE_DIR}/app/windows/godual.manifest.in ${GODUAL_MANIFEST} @ONLY)

# godual_add_windows_resources(TARGET DESCRIPTION FILENAME)
function(godual_add_windows_resources target description filename)
    set(GODUAL_FILE_DESCRIPTION "${description}")
    set(GODUAL_ORIGINAL_FILENAME "${filename}")
    set(rc ${CMAKE_CURRENT_BINARY_DIR}/${target}.rc)
    configure_file(${PROJECT_SOURCE_DIR}/app/windows/godual.rc.in ${rc} @ONLY)
    target_sources(${target} PRIVATE ${rc})
    set_source_files_properties(${rc} PROPERTIES OBJECT_DEPENDS "${GODUAL_ICO};${GODUAL_MANIFEST}")
    # MSVC would embed a manifest of its own next to ours.
    if(MSVC)
        target_link_options(${target} PRIVATE /MANIFEST:NO)
    endif()
endfunction()

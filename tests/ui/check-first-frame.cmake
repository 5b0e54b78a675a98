# A returning user's start as `samen --first-frame` measures it (bench_startup): a locked vault
# and a chosen language, so the unlock page, then exit right after the first frame, with freed
# memory zeroed from then on. Fails on any QML or JavaScript message: the app must also start and
# stop cleanly while pages are still being prepared in the background (issue 19). Run by ctest
# with -DSAMEN=… -DMAKE_USER=… -DHOME_DIR=…
file(REMOVE_RECURSE "${HOME_DIR}")
execute_process(COMMAND "${MAKE_USER}" --make-user "${HOME_DIR}" RESULT_VARIABLE made OUTPUT_QUIET)
if(NOT made EQUAL 0)
    message(FATAL_ERROR "the returning user's vault could not be made")
endif()
execute_process(
    COMMAND ${CMAKE_COMMAND} -E env "XDG_CONFIG_HOME=${HOME_DIR}/config" "XDG_DATA_HOME=${HOME_DIR}/data"
            "${SAMEN}" --first-frame
    RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT result EQUAL 0 OR NOT out MATCHES "first-frame-ms: [0-9]+")
    message(FATAL_ERROR "samen --first-frame failed (${result}): ${out}${err}")
endif()
# Freed memory is zeroed from the first frame on (vault/zeroonfree.h; off only while starting).
if(NOT out MATCHES "zero-on-free: on")
    message(FATAL_ERROR "freed memory is not zeroed after the first frame: ${out}")
endif()
if(err MATCHES "qrc:|Error|Warning|TypeError")
    message(FATAL_ERROR "samen --first-frame printed QML messages:\n${err}")
endif()
file(REMOVE_RECURSE "${HOME_DIR}")

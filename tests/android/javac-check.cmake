# cmake -DJAVAC=… -DOUT=dir -DDIRS="dir;dir" -P javac-check.cmake
# Compiles every .java file under DIRS as Java 8 (build.gradle's sourceCompatibility), with all
# lint warnings as errors. Fails on the first compile error.
set(sources)
foreach(dir ${DIRS})
    file(GLOB_RECURSE found "${dir}/*.java")
    list(APPEND sources ${found})
endforeach()
if(NOT sources)
    message(FATAL_ERROR "no Java sources under ${DIRS}")
endif()
file(REMOVE_RECURSE "${OUT}")
file(MAKE_DIRECTORY "${OUT}")
execute_process(COMMAND "${JAVAC}" --release 8 -Xlint:all -Werror -d "${OUT}" ${sources}
                RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "javac failed")
endif()

# The fuzz targets' inputs replayed as ordinary tests (any compiler, no fuzzing engine): the seed
# corpus and tests/fuzz/regressions/<target>/, where every input that once broke an invariant
# is kept.
function(kasir_add_fuzz_replay name)
    set(test tst_replay_${name})
    add_executable(${test} ${CMAKE_CURRENT_LIST_DIR}/${name}.cpp ${CMAKE_CURRENT_LIST_DIR}/ReplayMain.cpp)
    target_link_libraries(${test} PRIVATE kasircore ${ARGN})
    kasir_strict_target(${test})
    set(dirs "${CMAKE_CURRENT_LIST_DIR}/corpus/${name}")
    if(EXISTS "${CMAKE_CURRENT_LIST_DIR}/regressions/${name}")
        list(APPEND dirs "${CMAKE_CURRENT_LIST_DIR}/regressions/${name}")
    endif()
    add_test(NAME ${test} COMMAND ${test} ${dirs})
    set_tests_properties(${test} PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen" TIMEOUT 120)
endfunction()

kasir_add_fuzz_replay(fuzz_apiresponseparser)
kasir_add_fuzz_replay(fuzz_money)
kasir_add_fuzz_replay(fuzz_customerid)
kasir_add_fuzz_replay(fuzz_receiptlayout)
kasir_add_fuzz_replay(fuzz_csvexport)

# CMake generated Testfile for 
# Source directory: /work/main
# Build directory: /work/main/build-release
# 
# This file includes the relevant testing commands required for 
# testing this directory and lists subdirectories to be tested as well.
include("/work/main/build-release/attache_tests[1]_include.cmake")
add_test([=[seed_briefing_score]=] "/work/main/tests/seed_score.sh" "/work/main/build-release/attache")
set_tests_properties([=[seed_briefing_score]=] PROPERTIES  SKIP_RETURN_CODE "77" _BACKTRACE_TRIPLES "/work/main/CMakeLists.txt;74;add_test;/work/main/CMakeLists.txt;0;")


# Consider dependencies only in project.
set(CMAKE_DEPENDS_IN_PROJECT_ONLY OFF)

# The set of languages for which implicit dependencies are needed:
set(CMAKE_DEPENDS_LANGUAGES
  )

# The set of dependency files which are needed:
set(CMAKE_DEPENDS_DEPENDENCY_FILES
  "/work/main/src/clean/cleaner_test.cc" "CMakeFiles/attache_tests.dir/src/clean/cleaner_test.cc.o" "gcc" "CMakeFiles/attache_tests.dir/src/clean/cleaner_test.cc.o.d"
  "/work/main/src/dates/date_expression_test.cc" "CMakeFiles/attache_tests.dir/src/dates/date_expression_test.cc.o" "gcc" "CMakeFiles/attache_tests.dir/src/dates/date_expression_test.cc.o.d"
  "/work/main/src/lexicon/inflection_test.cc" "CMakeFiles/attache_tests.dir/src/lexicon/inflection_test.cc.o" "gcc" "CMakeFiles/attache_tests.dir/src/lexicon/inflection_test.cc.o.d"
  "/work/main/src/places/gazetteer_test.cc" "CMakeFiles/attache_tests.dir/src/places/gazetteer_test.cc.o" "gcc" "CMakeFiles/attache_tests.dir/src/places/gazetteer_test.cc.o.d"
  "/work/main/src/read/html_reader_test.cc" "CMakeFiles/attache_tests.dir/src/read/html_reader_test.cc.o" "gcc" "CMakeFiles/attache_tests.dir/src/read/html_reader_test.cc.o.d"
  "/work/main/src/read/jsonl_reader_test.cc" "CMakeFiles/attache_tests.dir/src/read/jsonl_reader_test.cc.o" "gcc" "CMakeFiles/attache_tests.dir/src/read/jsonl_reader_test.cc.o.d"
  "/work/main/src/read/reader_test.cc" "CMakeFiles/attache_tests.dir/src/read/reader_test.cc.o" "gcc" "CMakeFiles/attache_tests.dir/src/read/reader_test.cc.o.d"
  "/work/main/src/read/text_reader_test.cc" "CMakeFiles/attache_tests.dir/src/read/text_reader_test.cc.o" "gcc" "CMakeFiles/attache_tests.dir/src/read/text_reader_test.cc.o.d"
  "/work/main/src/read/utf8_test.cc" "CMakeFiles/attache_tests.dir/src/read/utf8_test.cc.o" "gcc" "CMakeFiles/attache_tests.dir/src/read/utf8_test.cc.o.d"
  "/work/main/src/split/sentence_splitter_test.cc" "CMakeFiles/attache_tests.dir/src/split/sentence_splitter_test.cc.o" "gcc" "CMakeFiles/attache_tests.dir/src/split/sentence_splitter_test.cc.o.d"
  "/work/main/src/split/tokenizer_test.cc" "CMakeFiles/attache_tests.dir/src/split/tokenizer_test.cc.o" "gcc" "CMakeFiles/attache_tests.dir/src/split/tokenizer_test.cc.o.d"
  "/work/main/tests/articles_test.cc" "CMakeFiles/attache_tests.dir/tests/articles_test.cc.o" "gcc" "CMakeFiles/attache_tests.dir/tests/articles_test.cc.o.d"
  "/work/main/tests/bad_input_test.cc" "CMakeFiles/attache_tests.dir/tests/bad_input_test.cc.o" "gcc" "CMakeFiles/attache_tests.dir/tests/bad_input_test.cc.o.d"
  "/work/main/tests/coding_rules_test.cc" "CMakeFiles/attache_tests.dir/tests/coding_rules_test.cc.o" "gcc" "CMakeFiles/attache_tests.dir/tests/coding_rules_test.cc.o.d"
  "/work/main/tests/test_support.cc" "CMakeFiles/attache_tests.dir/tests/test_support.cc.o" "gcc" "CMakeFiles/attache_tests.dir/tests/test_support.cc.o.d"
  )

# Targets to which this target links.
set(CMAKE_TARGET_LINKED_INFO_FILES
  "/work/main/build-release/CMakeFiles/attache_engine.dir/DependInfo.cmake"
  )

# Fortran module output directory.
set(CMAKE_Fortran_TARGET_MODULE_DIR "")


# Consider dependencies only in project.
set(CMAKE_DEPENDS_IN_PROJECT_ONLY OFF)

# The set of languages for which implicit dependencies are needed:
set(CMAKE_DEPENDS_LANGUAGES
  )

# The set of dependency files which are needed:
set(CMAKE_DEPENDS_DEPENDENCY_FILES
  "/work/main/src/clean/cleaner.cc" "CMakeFiles/attache_engine.dir/src/clean/cleaner.cc.o" "gcc" "CMakeFiles/attache_engine.dir/src/clean/cleaner.cc.o.d"
  "/work/main/src/code/coder.cc" "CMakeFiles/attache_engine.dir/src/code/coder.cc.o" "gcc" "CMakeFiles/attache_engine.dir/src/code/coder.cc.o.d"
  "/work/main/src/dates/date_expression.cc" "CMakeFiles/attache_engine.dir/src/dates/date_expression.cc.o" "gcc" "CMakeFiles/attache_engine.dir/src/dates/date_expression.cc.o.d"
  "/work/main/src/document/date.cc" "CMakeFiles/attache_engine.dir/src/document/date.cc.o" "gcc" "CMakeFiles/attache_engine.dir/src/document/date.cc.o.d"
  "/work/main/src/lexicon/actor_lexicon.cc" "CMakeFiles/attache_engine.dir/src/lexicon/actor_lexicon.cc.o" "gcc" "CMakeFiles/attache_engine.dir/src/lexicon/actor_lexicon.cc.o.d"
  "/work/main/src/lexicon/cameo_codebook.cc" "CMakeFiles/attache_engine.dir/src/lexicon/cameo_codebook.cc.o" "gcc" "CMakeFiles/attache_engine.dir/src/lexicon/cameo_codebook.cc.o.d"
  "/work/main/src/lexicon/inflection.cc" "CMakeFiles/attache_engine.dir/src/lexicon/inflection.cc.o" "gcc" "CMakeFiles/attache_engine.dir/src/lexicon/inflection.cc.o.d"
  "/work/main/src/lexicon/lexicon.cc" "CMakeFiles/attache_engine.dir/src/lexicon/lexicon.cc.o" "gcc" "CMakeFiles/attache_engine.dir/src/lexicon/lexicon.cc.o.d"
  "/work/main/src/lexicon/line_reader.cc" "CMakeFiles/attache_engine.dir/src/lexicon/line_reader.cc.o" "gcc" "CMakeFiles/attache_engine.dir/src/lexicon/line_reader.cc.o.d"
  "/work/main/src/lexicon/patterns.cc" "CMakeFiles/attache_engine.dir/src/lexicon/patterns.cc.o" "gcc" "CMakeFiles/attache_engine.dir/src/lexicon/patterns.cc.o.d"
  "/work/main/src/lexicon/phrase_index.cc" "CMakeFiles/attache_engine.dir/src/lexicon/phrase_index.cc.o" "gcc" "CMakeFiles/attache_engine.dir/src/lexicon/phrase_index.cc.o.d"
  "/work/main/src/lexicon/word_lists.cc" "CMakeFiles/attache_engine.dir/src/lexicon/word_lists.cc.o" "gcc" "CMakeFiles/attache_engine.dir/src/lexicon/word_lists.cc.o.d"
  "/work/main/src/match/actor_matcher.cc" "CMakeFiles/attache_engine.dir/src/match/actor_matcher.cc.o" "gcc" "CMakeFiles/attache_engine.dir/src/match/actor_matcher.cc.o.d"
  "/work/main/src/match/amount_matcher.cc" "CMakeFiles/attache_engine.dir/src/match/amount_matcher.cc.o" "gcc" "CMakeFiles/attache_engine.dir/src/match/amount_matcher.cc.o.d"
  "/work/main/src/match/pattern_matcher.cc" "CMakeFiles/attache_engine.dir/src/match/pattern_matcher.cc.o" "gcc" "CMakeFiles/attache_engine.dir/src/match/pattern_matcher.cc.o.d"
  "/work/main/src/match/place_matcher.cc" "CMakeFiles/attache_engine.dir/src/match/place_matcher.cc.o" "gcc" "CMakeFiles/attache_engine.dir/src/match/place_matcher.cc.o.d"
  "/work/main/src/parse/clause_parser.cc" "CMakeFiles/attache_engine.dir/src/parse/clause_parser.cc.o" "gcc" "CMakeFiles/attache_engine.dir/src/parse/clause_parser.cc.o.d"
  "/work/main/src/pipeline/pipeline.cc" "CMakeFiles/attache_engine.dir/src/pipeline/pipeline.cc.o" "gcc" "CMakeFiles/attache_engine.dir/src/pipeline/pipeline.cc.o.d"
  "/work/main/src/places/gazetteer.cc" "CMakeFiles/attache_engine.dir/src/places/gazetteer.cc.o" "gcc" "CMakeFiles/attache_engine.dir/src/places/gazetteer.cc.o.d"
  "/work/main/src/read/admit.cc" "CMakeFiles/attache_engine.dir/src/read/admit.cc.o" "gcc" "CMakeFiles/attache_engine.dir/src/read/admit.cc.o.d"
  "/work/main/src/read/html_article.cc" "CMakeFiles/attache_engine.dir/src/read/html_article.cc.o" "gcc" "CMakeFiles/attache_engine.dir/src/read/html_article.cc.o.d"
  "/work/main/src/read/html_charset.cc" "CMakeFiles/attache_engine.dir/src/read/html_charset.cc.o" "gcc" "CMakeFiles/attache_engine.dir/src/read/html_charset.cc.o.d"
  "/work/main/src/read/html_depth.cc" "CMakeFiles/attache_engine.dir/src/read/html_depth.cc.o" "gcc" "CMakeFiles/attache_engine.dir/src/read/html_depth.cc.o.d"
  "/work/main/src/read/html_page.cc" "CMakeFiles/attache_engine.dir/src/read/html_page.cc.o" "gcc" "CMakeFiles/attache_engine.dir/src/read/html_page.cc.o.d"
  "/work/main/src/read/html_reader.cc" "CMakeFiles/attache_engine.dir/src/read/html_reader.cc.o" "gcc" "CMakeFiles/attache_engine.dir/src/read/html_reader.cc.o.d"
  "/work/main/src/read/input_file.cc" "CMakeFiles/attache_engine.dir/src/read/input_file.cc.o" "gcc" "CMakeFiles/attache_engine.dir/src/read/input_file.cc.o.d"
  "/work/main/src/read/jsonl_reader.cc" "CMakeFiles/attache_engine.dir/src/read/jsonl_reader.cc.o" "gcc" "CMakeFiles/attache_engine.dir/src/read/jsonl_reader.cc.o.d"
  "/work/main/src/read/metadata.cc" "CMakeFiles/attache_engine.dir/src/read/metadata.cc.o" "gcc" "CMakeFiles/attache_engine.dir/src/read/metadata.cc.o.d"
  "/work/main/src/read/published.cc" "CMakeFiles/attache_engine.dir/src/read/published.cc.o" "gcc" "CMakeFiles/attache_engine.dir/src/read/published.cc.o.d"
  "/work/main/src/read/reader.cc" "CMakeFiles/attache_engine.dir/src/read/reader.cc.o" "gcc" "CMakeFiles/attache_engine.dir/src/read/reader.cc.o.d"
  "/work/main/src/read/text_reader.cc" "CMakeFiles/attache_engine.dir/src/read/text_reader.cc.o" "gcc" "CMakeFiles/attache_engine.dir/src/read/text_reader.cc.o.d"
  "/work/main/src/read/utf8.cc" "CMakeFiles/attache_engine.dir/src/read/utf8.cc.o" "gcc" "CMakeFiles/attache_engine.dir/src/read/utf8.cc.o.d"
  "/work/main/src/resolve/discourse.cc" "CMakeFiles/attache_engine.dir/src/resolve/discourse.cc.o" "gcc" "CMakeFiles/attache_engine.dir/src/resolve/discourse.cc.o.d"
  "/work/main/src/run/code_command.cc" "CMakeFiles/attache_engine.dir/src/run/code_command.cc.o" "gcc" "CMakeFiles/attache_engine.dir/src/run/code_command.cc.o.d"
  "/work/main/src/split/abbreviations.cc" "CMakeFiles/attache_engine.dir/src/split/abbreviations.cc.o" "gcc" "CMakeFiles/attache_engine.dir/src/split/abbreviations.cc.o.d"
  "/work/main/src/split/sentence_splitter.cc" "CMakeFiles/attache_engine.dir/src/split/sentence_splitter.cc.o" "gcc" "CMakeFiles/attache_engine.dir/src/split/sentence_splitter.cc.o.d"
  "/work/main/src/split/tokenizer.cc" "CMakeFiles/attache_engine.dir/src/split/tokenizer.cc.o" "gcc" "CMakeFiles/attache_engine.dir/src/split/tokenizer.cc.o.d"
  "/work/main/src/split/utf8_text.cc" "CMakeFiles/attache_engine.dir/src/split/utf8_text.cc.o" "gcc" "CMakeFiles/attache_engine.dir/src/split/utf8_text.cc.o.d"
  "/work/main/src/write/event_writer.cc" "CMakeFiles/attache_engine.dir/src/write/event_writer.cc.o" "gcc" "CMakeFiles/attache_engine.dir/src/write/event_writer.cc.o.d"
  "/work/main/src/write/offsets.cc" "CMakeFiles/attache_engine.dir/src/write/offsets.cc.o" "gcc" "CMakeFiles/attache_engine.dir/src/write/offsets.cc.o.d"
  )

# Targets to which this target links.
set(CMAKE_TARGET_LINKED_INFO_FILES
  )

# Fortran module output directory.
set(CMAKE_Fortran_TARGET_MODULE_DIR "")

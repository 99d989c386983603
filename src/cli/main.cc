// The attache command line: `attache code [options] FILE...` (../shared/spec/documents.md).
#include <CLI/CLI.hpp>
#include <iostream>
#include <thread>

#include "lexicon/lexicon.h"
#include "lexicon/line_reader.h"
#include "run/code_command.h"

int main(int argc, char** argv) {
  using namespace attache;
  CLI::App app{"attache: codes news text into political event data (CAMEO, PLOVER)"};
  app.require_subcommand(1);
  CLI::App* code = app.add_subcommand("code", "code documents and write one event per line");

  CodeOptions options;
  LexiconPaths paths;
  std::string input = "auto", format = "jsonl", published;
  options.threads = std::max(1u, std::thread::hardware_concurrency());
  code->add_option("files", options.inputs, "input files; - reads standard input")->required();
  code->add_option("--input", input, "auto, text, jsonl, html, tabari or petrarch")->capture_default_str();
  code->add_option("--published", published, "publication date YYYY-MM-DD for every document");
  code->add_option("--format", format, "jsonl or tsv")->capture_default_str();
  code->add_flag("--all", options.write.all, "also write hypothetical and negated events");
  code->add_option("--threads", options.threads, "worker threads (output is the same for any number)");
  code->add_option("--rejects", options.rejects_path, "write rejected documents here, whole");
  code->add_option("--lexicon", paths.dir, "lexicon directory")->capture_default_str();
  code->add_option("--gazetteer", paths.gazetteer.geonames, "GeoNames cities500.txt")->capture_default_str();

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int status = app.exit(e);
    return status == 0 ? 0 : 2;
  }

  auto fmt = ParseInputFormat(input);
  if (!fmt) { std::cerr << "attache: unknown --input '" << input << "'\n"; return 2; }
  options.read.format = *fmt;
  if (!published.empty()) {
    options.read.published = Date::Parse(published);
    if (!options.read.published || options.read.published->precision != Date::Precision::kDay) {
      std::cerr << "attache: --published '" << published << "' is not a date (YYYY-MM-DD)\n";
      return 2;
    }
  }
  if (format == "jsonl") options.write.format = OutputFormat::kJsonl;
  else if (format == "tsv") options.write.format = OutputFormat::kTsv;
  else { std::cerr << "attache: unknown --format '" << format << "' (jsonl or tsv)\n"; return 2; }
  if (options.threads == 0) options.threads = 1;

  std::unique_ptr<Lexicon> lexicon;
  try {
    std::vector<std::string> warnings;
    lexicon = Lexicon::Load(paths, &warnings);
    for (const auto& w : warnings) std::cerr << "attache: warning: " << w << "\n";
  } catch (const LexiconError& e) {
    std::cerr << "attache: " << e.what() << "\n";
    return 2;
  }
  std::ios::sync_with_stdio(false);
  return RunCode(*lexicon, options, std::cout, std::cerr);
}

// The attache command line (../shared/spec/documents.md): `attache code [options] FILE...`,
// `attache validate SUITE` and `attache lexicon check|stats|explain|suggest`.
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <iostream>
#include <thread>

#include "inspect/lexicon_command.h"
#include "lexicon/legacy/legacy_lexicon.h"
#include "lexicon/lexicon.h"
#include "lexicon/line_reader.h"
#include "run/code_command.h"
#include "run/warnings.h"
#include "validate/validate_command.h"

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
  std::string dict_format;
  LegacySources legacy;
  code->add_option("--dict-format", dict_format, "code with TABARI or PETRARCH dictionaries: tabari or petrarch");
  code->add_option("--actors", legacy.actors, "actor dictionary (repeatable)");
  code->add_option("--agents", legacy.agents, "agent dictionary");
  code->add_option("--verbs", legacy.verbs, "verb dictionary");
  code->add_option("--discards", legacy.discards, "discard list");
  code->add_option("--options", legacy.options, "TABARI options file");

  CLI::App* validate = app.add_subcommand("validate", "run a TABARI (.project) or PETRARCH (.xml) validation suite");
  ValidateOptions vopts;
  double min_pass = -1;
  validate->add_option("suite", vopts.suite, "the suite's .project or .xml file")->required();
  validate->add_option("--min-pass", min_pass, "exit 1 when fewer records pass (a fraction, 0.8)");
  validate->add_option("--lexicon", vopts.bundled.dir, "bundled lexicon directory")->capture_default_str();
  validate->add_flag("--bundled", vopts.bundled_lexicon, "code with the bundled lexicon instead of the suite's dictionaries");

  CLI::App* lexicon_tools = app.add_subcommand("lexicon", "inspect and extend the lexicon");
  lexicon_tools->require_subcommand(1);
  LexiconCommand lcmd;
  std::string explain_date, suggest_input = "auto";
  CLI::App* check = lexicon_tools->add_subcommand("check", "list every fault of the lexicon with file:line; exit 1 if any");
  check->add_option("path", lcmd.paths.dir, "lexicon directory")->capture_default_str();
  CLI::App* stats = lexicon_tools->add_subcommand("stats", "count the lexicon's entries by kind");
  stats->add_flag("--json", lcmd.json, "one JSON object");
  stats->add_option("--lexicon", lcmd.paths.dir, "lexicon directory")->capture_default_str();
  CLI::App* explain = lexicon_tools->add_subcommand("explain", "which entries a phrase matches and the code on a date");
  explain->add_option("phrase", lcmd.phrase, "the phrase, quoted")->required();
  explain->add_option("--date", explain_date, "YYYY-MM-DD (default: today)");
  explain->add_option("--lexicon", lcmd.paths.dir, "lexicon directory")->capture_default_str();
  CLI::App* suggest = lexicon_tools->add_subcommand("suggest", "frequent names in a corpus that no entry matches");
  suggest->add_option("corpus", lcmd.corpus, "input files (any format attache code reads)")->required();
  suggest->add_option("--input", suggest_input, "auto, text, jsonl, html, tabari or petrarch")->capture_default_str();
  suggest->add_option("--top", lcmd.limit, "how many names")->capture_default_str();
  suggest->add_option("--lexicon", lcmd.paths.dir, "lexicon directory")->capture_default_str();

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int status = app.exit(e);
    return status == 0 ? 0 : 2;
  }

  if (lexicon_tools->parsed()) {
    lcmd.action = check->parsed()     ? LexiconCommand::Action::kCheck
                  : stats->parsed()   ? LexiconCommand::Action::kStats
                  : explain->parsed() ? LexiconCommand::Action::kExplain
                                      : LexiconCommand::Action::kSuggest;
    if (!explain_date.empty()) {
      lcmd.date = Date::Parse(explain_date);
      if (!lcmd.date || lcmd.date->precision != Date::Precision::kDay) {
        std::cerr << "attache: --date '" << explain_date << "' is not a date (YYYY-MM-DD)\n";
        return 2;
      }
    }
    auto fmt = ParseInputFormat(suggest_input);
    if (!fmt) { std::cerr << "attache: unknown --input '" << suggest_input << "'\n"; return 2; }
    lcmd.read.format = *fmt;
    return RunLexiconCommand(lcmd, std::cout, std::cerr);
  }

  if (validate->parsed()) {
    if (min_pass >= 0) vopts.min_pass = min_pass;
    std::ios::sync_with_stdio(false);
    return RunValidate(vopts, std::cout, std::cerr);
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
  options.progress = isatty(STDERR_FILENO);

  std::unique_ptr<Lexicon> lexicon;
  try {
    std::vector<std::string> warnings;
    if (dict_format.empty()) {
      lexicon = Lexicon::Load(paths, &warnings);
    } else {
      auto f = ParseDictFormat(dict_format);
      if (!f) { std::cerr << "attache: unknown --dict-format '" << dict_format << "' (tabari or petrarch)\n"; return 2; }
      if (legacy.actors.empty() || legacy.verbs.empty()) {
        std::cerr << "attache: --dict-format needs --actors and --verbs\n";
        return 2;
      }
      legacy.format = *f;
      lexicon = LoadLegacyLexicon(legacy, paths, &warnings);
    }
    ReportWarnings(warnings, std::cerr);
  } catch (const LexiconError& e) {
    std::cerr << "attache: " << e.what() << "\n";
    return 2;
  }
  if (!lexicon->conventions.asserted_only) options.write.all = true;
  std::ios::sync_with_stdio(false);
  return RunCode(*lexicon, options, std::cout, std::cerr);
}

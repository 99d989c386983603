// Shared by the end-to-end tests: the bundled lexicon, loaded once, and a helper that codes a
// short text the way `attache code` does.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "document/document.h"
#include "lexicon/lexicon.h"

namespace attache::testing {

const Lexicon& BundledLexicon();

// Codes `text` as one document published on `published` (YYYY-MM-DD); returns its asserted
// events (factual and future) or, with `all`, every event.
std::vector<Event> Code(const std::string& text, const std::string& published = "2025-02-25", bool all = false);
// The same with another lexicon (legacy dictionaries).
std::vector<Event> Code(const Lexicon& lexicon, const std::string& text, const std::string& published = "2025-02-25",
                        bool all = false);

// "RUSGOV>PAK:051" for compact assertions; target "-" when there is none.
std::string Dyad(const Event& e);
std::vector<std::string> Dyads(const std::vector<Event>& events);

// Running the command line, for end-to-end tests.
struct CliRun {
  int status = -1;
  std::string out, err;
};
// Runs `attache ARGS` (ARGS starts with the subcommand), capturing its output.
CliRun RunAttache(const std::string& args);
std::string Slurp(const std::filesystem::path& p);
// A directory of this process's own: test binaries may run side by side.
std::filesystem::path ScratchDir(const std::string& name);
// Writes `content` to ScratchDir(dir)/name and returns the path.
std::filesystem::path WriteScratch(const std::string& dir, const std::string& name, const std::string& content);

}  // namespace attache::testing

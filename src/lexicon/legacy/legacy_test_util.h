// For the legacy readers' tests: a scratch directory per test for small dictionaries written
// inline, the peer projects' real dictionaries under ATTACHE_SHARED_DIR, and compact renderings
// of phrases and patterns for assertions.
#pragma once

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "lexicon/legacy/legacy_dictionary.h"

namespace attache::legacy::testing {

// A directory named after the running test, removed with the object.
class TempDir {
 public:
  TempDir() {
    const ::testing::TestInfo* info = ::testing::UnitTest::GetInstance()->current_test_info();
    path_ = std::filesystem::temp_directory_path() /
            ("attache-" + std::string(info->test_suite_name()) + "-" + info->name() + "-" + std::to_string(::getpid()));
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  // Writes `text` byte for byte and returns the file's path.
  std::string Write(const std::string& name, const std::string& text) const {
    const std::string p = (path_ / name).string();
    std::ofstream(p, std::ios::binary) << text;
    return p;
  }

 private:
  std::filesystem::path path_;
};

// The peer projects' files ("TABARI-Code/TABARI.Demo.actors"), or "" when shared/peer is absent.
inline std::string PeerFile(const std::string& relative) {
  const std::filesystem::path peer = std::filesystem::path(ATTACHE_SHARED_DIR) / "peer";
  if (!std::filesystem::is_directory(peer)) return "";
  return (peer / relative).string();
}
#define LEGACY_REQUIRE_PEER()                                                             \
  if (!std::filesystem::is_directory(std::filesystem::path(ATTACHE_SHARED_DIR) / "peer")) \
  GTEST_SKIP() << ATTACHE_SHARED_DIR "/peer does not exist: the peer dictionaries are not available"

// "AL_ GORE~": the text, '~' for a stem, '_' when joined to the next word.
inline std::string Render(const Word& w) { return w.text + (w.stem ? "~" : "") + (w.joined ? "_" : ""); }
inline std::string Render(const Phrase& p) {
  std::string s;
  for (const Word& w : p) {
    if (!s.empty()) s += ' ';
    s += Render(w);
  }
  return s;
}
inline std::string Render(const PatternToken& t) {
  using K = PatternToken::Kind;
  std::string s;
  switch (t.kind) {
    case K::kWord:
      return Render(t.word);
    case K::kVerb:
      s = "*";
      break;
    case K::kSource:
      s = "$";
      break;
    case K::kTarget:
      s = "+";
      break;
    case K::kCompound:
      s = "%";
      break;
    case K::kSkip:
      s = "^";
      break;
  }
  return s + (t.word.joined ? "_" : "");
}
inline std::string Render(const std::vector<PatternToken>& tokens) {
  std::string s;
  for (const PatternToken& t : tokens) {
    if (!s.empty()) s += ' ';
    s += Render(t);
  }
  return s;
}
// "- * NEW_ MILITARY_ RELATIONS~ [903]"
inline std::string Render(const Pattern& p) {
  std::string s = "- ";
  s += Render(p.tokens);
  s += " [" + p.code + (p.paired.empty() ? "" : ":" + p.paired) + "]";
  return s;
}
inline std::vector<std::string> Render(const std::vector<Pattern>& patterns) {
  std::vector<std::string> out;
  for (const Pattern& p : patterns) out.push_back(Render(p));
  return out;
}

}  // namespace attache::legacy::testing

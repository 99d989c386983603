// Shared by the read stage's tests: sinks that keep what they are given, and input files written
// to a directory of the test's own (tests run in parallel under ctest).
#pragma once

#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include "read/reader.h"

namespace attache::testing {

struct Collected {
  std::vector<Document> docs;
  std::vector<Rejection> rejects;
  std::vector<Warning> warnings;

  ReadSinks Sinks() {
    return {[this](Document&& d) { docs.push_back(std::move(d)); },
            [this](Rejection&& r) { rejects.push_back(std::move(r)); },
            [this](Warning&& w) { warnings.push_back(std::move(w)); }};
  }

  bool Warned(std::string_view fragment) const {
    for (const Warning& w : warnings) {
      if (w.message.find(fragment) != std::string::npos) return true;
    }
    return false;
  }
};

// A fresh directory for the running test.
inline std::filesystem::path TestDir() {
  const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
  std::filesystem::path dir = std::filesystem::path(::testing::TempDir()) /
                              (std::string("attache_read_") + info->test_suite_name() + "_" +
                               info->name());
  std::filesystem::create_directories(dir);
  return dir;
}

// Writes `content` to `name` in the test's directory and returns its path.
inline std::string WriteFile(const std::string& name, std::string_view content) {
  const std::filesystem::path path = TestDir() / name;
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(content.data(), static_cast<std::streamsize>(content.size()));
  return path.string();
}

inline Collected Read(const std::string& path, ReadOptions options = {}) {
  Collected c;
  ReadPath(path, options, c.Sinks());
  return c;
}

}  // namespace attache::testing

// The benchmark corpus: the sentences of ../shared/seed and ../shared/peer (the seed briefing's
// lines, TABARI .text records and PETRARCH <Text> elements), shared by the benchmarks.
#pragma once

#include <cctype>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace attache::bench {

inline std::string ReadAll(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Sentences of the seed article and of the peers' test records.
inline std::vector<std::string> CorpusSentences(const std::filesystem::path& shared) {
  namespace fs = std::filesystem;
  std::vector<std::string> out;
  std::istringstream seed(ReadAll(shared / "seed/briefing-islamabad.txt"));
  for (std::string line; std::getline(seed, line);)
    if (!line.empty()) out.push_back(line);
  for (const auto& entry : fs::recursive_directory_iterator(shared / "peer")) {
    const fs::path& p = entry.path();
    if (p.extension() == ".xml") {
      std::string xml = ReadAll(p);
      for (size_t at = xml.find("<Text>"); at != std::string::npos; at = xml.find("<Text>", at)) {
        size_t end = xml.find("</Text>", at);
        if (end == std::string::npos) break;
        std::string t = xml.substr(at + 6, end - at - 6);
        for (char& c : t) if (c == '\n' || c == '\t') c = ' ';
        size_t a = t.find_first_not_of(' '), b = t.find_last_not_of(' ');
        if (a != std::string::npos && b - a > 20) out.push_back(t.substr(a, b - a + 1));
        at = end;
      }
    } else if (p.extension() == ".text") {
      std::istringstream in(ReadAll(p));
      std::string record;
      for (std::string line; std::getline(in, line);) {
        bool header = line.size() > 6 && std::isdigit(static_cast<unsigned char>(line[0])) &&
                      line.find_first_not_of("0123456789") == 6;
        if (line.empty() || header || line.rfind("/*", 0) == 0 || line.rfind("OPTION", 0) == 0) {
          if (record.size() > 20) out.push_back(record);
          record.clear();
          continue;
        }
        record += (record.empty() ? "" : " ") + line;
      }
      if (record.size() > 20) out.push_back(record);
    }
  }
  return out;
}

}  // namespace attache::bench

#include "match/amount_matcher.h"

#include <cstdlib>

namespace attache {
namespace {

const char* CurrencyOfSign(const std::string& t) {
  if (t == "$" || t == "us$") return "USD";
  if (t == "\xE2\x82\xAC") return "EUR";
  if (t == "\xC2\xA3") return "GBP";
  return nullptr;
}

const char* CurrencyOfWord(const std::string& t) {
  if (t == "dollars" || t == "dollar" || t == "usd") return "USD";
  if (t == "euros" || t == "euro" || t == "eur") return "EUR";
  if (t == "pounds" || t == "gbp") return "GBP";
  if (t == "yuan" || t == "renminbi") return "CNY";
  if (t == "rubles" || t == "roubles") return "RUB";
  if (t == "yen") return "JPY";
  return nullptr;
}

double Scale(const std::string& t) {
  if (t == "thousand") return 1e3;
  if (t == "million" || t == "mn" || t == "m") return 1e6;
  if (t == "billion" || t == "bn" || t == "b") return 1e9;
  if (t == "trillion" || t == "tn") return 1e12;
  return 0;
}

bool ParseNumber(const std::string& t, double& out) {
  std::string digits;
  for (char c : t) {
    if (c == ',') continue;
    if (!(std::isdigit(static_cast<unsigned char>(c)) || c == '.')) return false;
    digits += c;
  }
  if (digits.empty() || !std::isdigit(static_cast<unsigned char>(digits[0]))) return false;
  out = std::strtod(digits.c_str(), nullptr);
  return true;
}

}  // namespace

void MatchAmounts(const Sentence& s, SentenceAnnotations& out) {
  const auto& t = s.tokens;
  for (size_t i = 0; i < t.size(); ++i) {
    const char* unit = CurrencyOfSign(t[i].norm);
    size_t n = unit ? i + 1 : i;
    double value = 0;
    if (n >= t.size() || !ParseNumber(t[n].norm, value)) continue;
    size_t last = n;
    if (last + 1 < t.size()) {
      if (double scale = Scale(t[last + 1].norm)) { value *= scale; ++last; }
    }
    if (!unit && last + 1 < t.size()) {
      unit = CurrencyOfWord(t[last + 1].norm);
      if (unit) ++last;
    }
    if (!unit) continue;  // plain counts are not amounts of money
    out.amounts.push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(last), Amount{value, unit}});
    i = last;
  }
}

}  // namespace attache

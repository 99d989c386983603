#include "read/published.h"

namespace attache {

std::optional<Date> ParsePublished(std::string_view value) {
  while (!value.empty() && (value.front() == ' ' || value.front() == '\t')) value.remove_prefix(1);
  while (!value.empty() && (value.back() == ' ' || value.back() == '\t')) value.remove_suffix(1);
  // A timestamp: keep the date before the 'T' (or the space RFC 3339 allows in its place).
  if (value.size() > 10 && (value[10] == 'T' || value[10] == 't' || value[10] == ' ')) {
    value = value.substr(0, 10);
  }
  return Date::Parse(value);
}

std::string NotADateReason(std::string_view field, std::string_view value) {
  std::string reason(field);
  reason += ": \"";
  reason += value;
  reason += "\" is not a date (expected YYYY-MM-DD)";
  return reason;
}

}  // namespace attache

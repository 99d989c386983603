// The CAMEO event codebook with Goldstein values, quad classes and the PLOVER mapping, read
// from cameo/events.txt.
#pragma once

#include <string>
#include <unordered_map>

namespace attache {

struct CameoCode {
  std::string code, label;
  double goldstein = 0;
  int quad_class = 0;  // 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
  std::string plover_type, plover_mode, plover_context;  // empty where PLOVER has none
  std::string rule;  // file:line
};

// Whether an act of this code may take a place as its target, the place's country: force
// (quad class 4: "shelled Kharkiv"), visits (042: "arrived in Kazan") and withdrawals (087:
// "withdrew from Kherson").
bool ActsOnTerritory(const CameoCode& c);

class CameoCodebook {
 public:
  void Load(const std::string& dir, const std::string& file);
  const CameoCode* Find(const std::string& code) const;
  size_t size() const { return codes_.size(); }
  const std::unordered_map<std::string, CameoCode>& codes() const { return codes_; }

 private:
  std::unordered_map<std::string, CameoCode> codes_;
};

}  // namespace attache

// One coded event, as the writer prints it (../shared/spec/events.md).
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "document/date.h"

namespace attache {

struct ActorRef {
  std::string code;     // CAMEO actor code: RUSGOV, IGOWSTNAT
  std::string text;     // as written
  uint32_t start = 0, end = 0;  // byte offsets of `text`
  std::string entity;   // resolved person or body, empty if unknown
  std::string country;  // ISO alpha-3, empty for IGOs and regions
  std::string sector;   // GOV, MIL, ... empty if none
};

struct PlaceRef {
  std::string text, name, country;  // country: ISO alpha-3
  double lat = 0, lon = 0;
  int64_t geonameid = 0;  // 0 when not from the gazetteer
};

struct Attribution {
  std::string code, text, entity, cue;
  bool quote = false;
};

struct Amount {
  double value = 0;
  std::string unit;  // ISO 4217 currency, or "" for a plain count
};

enum class Modality : uint8_t { kFactual, kFuture, kHypothetical, kNegated };
const char* ModalityName(Modality m);

struct Event {
  ActorRef source;
  std::optional<ActorRef> target;
  std::string code;  // CAMEO event code with leading zero
  Date date;
  bool date_from_text = false;
  bool has_date = false;
  std::optional<PlaceRef> place;
  std::optional<Attribution> attribution;
  std::optional<Amount> amount;
  Modality modality = Modality::kFactual;
  uint32_t verb_start = 0, verb_end = 0;  // byte offsets of the words that fired
  std::string rule;                       // lexicon "file:line"
};

}  // namespace attache

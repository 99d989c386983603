#include "write/event_writer.h"

#include <cstdio>
#include <optional>

#include "write/offsets.h"

namespace attache {
namespace {

void AppendNumber(std::string& out, double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.6g", v);
  out += buf;
}

// Keys and values written one after another: {"k":v,...}.
class JsonObject {
 public:
  explicit JsonObject(std::string& out) : out_(out) { out_ += '{'; }
  ~JsonObject() { out_ += '}'; }
  std::string& Key(std::string_view k) {
    if (!first_) out_ += ',';
    first_ = false;
    AppendJsonString(out_, k);
    out_ += ':';
    return out_;
  }
  void String(std::string_view k, std::string_view v) { AppendJsonString(Key(k), v); }
  void StringOrNull(std::string_view k, std::string_view v) {
    if (v.empty()) Key(k) += "null";
    else String(k, v);
  }
  void Int(std::string_view k, uint64_t v) { Key(k) += std::to_string(v); }
  void Number(std::string_view k, double v) { AppendNumber(Key(k), v); }
  void Bool(std::string_view k, bool v) { Key(k) += v ? "true" : "false"; }
  void Null(std::string_view k) { Key(k) += "null"; }

 private:
  std::string& out_;
  bool first_ = true;
};

void WriteActor(std::string& out, const ActorRef& a, const CharOffsets& offsets) {
  JsonObject o(out);
  o.String("code", a.code);
  o.String("text", a.text);
  o.Int("start", offsets.At(a.start));
  o.Int("end", offsets.At(a.end));
  o.StringOrNull("entity", a.entity);
  o.StringOrNull("country", a.country);
  o.StringOrNull("sector", a.sector);
}

void WriteJson(const Document& doc, const Sentence& s, const Event& e, size_t n, const CameoCode* c,
               const CharOffsets& offsets, std::string& out) {
  JsonObject o(out);
  o.String("id", doc.id + ":" + std::to_string(s.index) + ":" + std::to_string(n));
  o.String("doc", doc.id);
  {
    JsonObject so(o.Key("sentence"));
    so.Int("index", s.index);
    so.String("text", std::string_view(doc.text).substr(s.span.start, s.span.end - s.span.start));
    so.Int("start", offsets.At(s.span.start));
    so.Int("end", offsets.At(s.span.end));
  }
  WriteActor(o.Key("source"), e.source, offsets);
  if (e.target) WriteActor(o.Key("target"), *e.target, offsets);
  else o.Null("target");
  o.String("code", e.code);
  o.String("root", e.code.substr(0, 2));
  o.String("label", c ? c->label : "");
  if (c) {
    o.Int("quad_class", static_cast<uint64_t>(c->quad_class));
    o.Number("goldstein", c->goldstein);
  } else {
    o.Null("quad_class");
    o.Null("goldstein");
  }
  {
    JsonObject po(o.Key("plover"));
    po.StringOrNull("type", c ? c->plover_type : "");
    po.StringOrNull("mode", c ? c->plover_mode : "");
    po.StringOrNull("context", c ? c->plover_context : "");
  }
  if (e.has_date) o.String("date", e.date.ToString());
  else o.Null("date");
  if (e.has_date) o.String("date_source", e.date_from_text ? "text" : "published");
  else o.Null("date_source");
  if (e.place) {
    JsonObject pl(o.Key("place"));
    pl.String("text", e.place->text);
    pl.String("name", e.place->name);
    pl.String("country", e.place->country);
    if (e.place->geonameid) {
      pl.Number("lat", e.place->lat);
      pl.Number("lon", e.place->lon);
      pl.Int("geonameid", static_cast<uint64_t>(e.place->geonameid));
    }
  } else {
    o.Null("place");
  }
  if (e.attribution) {
    JsonObject at(o.Key("attribution"));
    at.String("code", e.attribution->code);
    at.String("text", e.attribution->text);
    at.StringOrNull("entity", e.attribution->entity);
    at.String("cue", e.attribution->cue);
    at.Bool("quote", e.attribution->quote);
  } else {
    o.Null("attribution");
  }
  if (e.amount) {
    JsonObject am(o.Key("amount"));
    am.Number("value", e.amount->value);
    am.String("unit", e.amount->unit);
  }
  o.String("modality", ModalityName(e.modality));
  {
    JsonObject ev(o.Key("evidence"));
    {
      JsonObject verb(ev.Key("verb"));
      verb.String("text", std::string_view(doc.text).substr(e.verb_start, e.verb_end - e.verb_start));
      verb.Int("start", offsets.At(e.verb_start));
      verb.Int("end", offsets.At(e.verb_end));
    }
    ev.String("rule", e.rule);
  }
}

// date, source, target, code, root, quad class, goldstein, sentence id, attribution.
void WriteTsv(const Document& doc, const Sentence& s, const Event& e, const CameoCode* c, std::string& out) {
  auto field = [&](std::string_view v) {
    for (char ch : v) out += (ch == '\t' || ch == '\n') ? ' ' : ch;
    out += '\t';
  };
  field(e.has_date ? e.date.ToString() : "");
  field(e.source.code);
  field(e.target ? e.target->code : "---");
  field(e.code);
  field(e.code.substr(0, 2));
  field(c ? std::to_string(c->quad_class) : "");
  char g[16];
  std::snprintf(g, sizeof g, "%.1f", c ? c->goldstein : 0.0);
  field(g);
  field(doc.id + ":" + std::to_string(s.index));
  out += e.attribution ? e.attribution->code : "";
  out += '\n';
}

}  // namespace

const char* ModalityName(Modality m) {
  switch (m) {
    case Modality::kFactual: return "factual";
    case Modality::kFuture: return "future";
    case Modality::kHypothetical: return "hypothetical";
    case Modality::kNegated: return "negated";
  }
  return "factual";
}

void AppendJsonString(std::string& out, std::string_view s) {
  out += '"';
  for (char ch : s) {
    unsigned char c = static_cast<unsigned char>(ch);
    switch (ch) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out += ch;
        }
    }
  }
  out += '"';
}

bool IsWritten(const Event& e, const WriteOptions& options) {
  return options.all || e.modality == Modality::kFactual || e.modality == Modality::kFuture;
}

size_t WriteEvents(const Document& doc, const CameoCodebook& cameo, const WriteOptions& options,
                   std::string& out) {
  size_t written = 0;
  std::optional<CharOffsets> offsets;
  for (const Sentence& s : doc.sentences) {
    size_t n = 0;
    for (const Event& e : s.events) {
      if (!IsWritten(e, options)) continue;
      const CameoCode* c = cameo.Find(e.code);
      if (options.format == OutputFormat::kTsv) {
        WriteTsv(doc, s, e, c, out);
      } else {
        if (!offsets) offsets.emplace(doc.text);
        WriteJson(doc, s, e, n, c, *offsets, out);
        out += '\n';
      }
      ++n;
      ++written;
    }
  }
  return written;
}

}  // namespace attache

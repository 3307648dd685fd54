// Reading evidence, citations and times, shared by the trip member and the features.
#include "core/trip/trip_parse.h"

namespace itinera::detail {
namespace {

Evidence readEvidenceObject(const nlohmann::json& v, const FieldReader& parent, const char* key) {
  FieldReader r(v, parent.item(), parent.fieldName(key) + ".", parent.sink());
  r.rejectUnknown({"kind", "source", "grade", "reason"});
  Evidence e;
  std::string kind = r.requiredString("kind");
  if (auto b = basisFromString(kind)) {
    e.basis = *b;
  } else if (!kind.empty()) {
    r.problem("kind", "must be stated, corroborated or inferred, not \"" + kind + "\"");
  }
  e.source = r.optionalString("source");
  e.reason = r.optionalString("reason");
  std::string grade = r.optionalString("grade");
  if (!grade.empty()) {
    if (auto g = gradeFromString(grade))
      e.grade = *g;
    else
      r.problem("grade", "must be C, P or EST, not \"" + grade + "\"");
  }
  if (e.basis == Basis::Corroborated) {
    if (e.source.empty() && !r.has("source")) r.problem("source", "a corroborated fact needs its source id");
    if (grade.empty() && !r.has("grade")) r.problem("grade", "a corroborated fact needs a grade (C, P or EST)");
  } else if (e.grade != Grade::None) {
    r.problem("grade", "only corroborated facts carry a grade");
  }
  if (e.basis == Basis::Inferred && !r.has("reason")) r.problem("reason", "an inferred fact needs a reason");
  return e;
}

}  // namespace

std::optional<Evidence> readEvidence(const FieldReader& r, const char* key, bool required) {
  const nlohmann::json* v = r.get(key);
  if (!v) {
    if (required) r.problem(key, "missing (stated, or an object with kind, source, grade, reason)");
    return std::nullopt;
  }
  if (v->is_string()) {
    if (*v == "stated") return Evidence{};
    r.problem(key, "only \"stated\" may be written as a bare string; use {\"kind\": ...} for the others");
    return std::nullopt;
  }
  if (!v->is_object()) {
    r.problem(key, "must be \"stated\" or an object, not " + describeJsonType(*v));
    return std::nullopt;
  }
  return readEvidenceObject(*v, r, key);
}

std::vector<Citation> readCitations(const FieldReader& r, const char* key) {
  std::vector<Citation> out;
  const nlohmann::json* list = r.array(key, true);
  if (!list) return out;
  if (list->empty()) r.problem(key, "must cite at least one source");
  for (size_t i = 0; i < list->size(); ++i) {
    FieldReader c((*list)[i], r.item(), r.fieldName(key) + "[" + std::to_string(i) + "].", r.sink());
    if (!c.isObject()) {
      r.problem(std::string(key).append("[").append(std::to_string(i)).append("]"),
                "must be an object {source, paragraph, start, end}");
      continue;
    }
    c.rejectUnknown({"source", "paragraph", "start", "end"});
    Citation cite;
    cite.source = c.requiredString("source");
    cite.paragraph = static_cast<int>(c.integer("paragraph", 1, 100000, false).value_or(0));
    auto start = c.integer("start", 0, 10000000, false);
    auto end = c.integer("end", 0, 10000000, false);
    if (c.has("start") != c.has("end")) c.problem(c.has("start") ? "end" : "start", "start and end come together");
    if (start && end) {
      cite.start = static_cast<int>(*start);
      cite.end = static_cast<int>(*end);
      if (cite.end <= cite.start) c.problem("end", "must be greater than start (spans are end-exclusive)");
      if (!c.has("paragraph")) c.problem("paragraph", "a span needs its paragraph");
    }
    out.push_back(std::move(cite));
  }
  return out;
}

std::optional<TimePoint> readTime(const FieldReader& r, const char* key, bool required) {
  std::string text = required ? r.requiredString(key) : r.optionalString(key);
  if (text.empty()) return std::nullopt;
  TimeReading t = readIsoTime(text);
  if (!t.time) r.problem(key, "\"" + text + "\" is not a time like 2022-04-19T12:00-05:00: " + t.problem);
  return t.time;
}

TimeSpan readTimeSpan(const FieldReader& r, const char* startKey, const char* endKey) {
  TimeSpan span;
  auto start = readTime(r, startKey, true);
  auto end = readTime(r, endKey, true);
  if (start) span.start = *start;
  if (end) span.end = *end;
  if (!start && end) span.start = *end;
  if (start && !end) span.end = *start;
  span.earliest = readTime(r, "earliest", false);
  span.latest = readTime(r, "latest", false);
  std::string precision = r.requiredString("time_precision");
  if (auto p = timePrecisionFromString(precision))
    span.precision = *p;
  else if (!precision.empty())
    r.problem("time_precision", "must be minute, hour, part_of_day, day or trip, not \"" + precision + "\"");
  span.evidence = readEvidence(r, "time_basis", false);
  return span;
}

}  // namespace itinera::detail

// Typed, checked reading of the members of a JSON object; every mistake becomes a TripProblem
// naming the item and the field, and reading carries on.
#include "core/trip/json_fields.h"

#include <cmath>

namespace itinera {

std::string describeJsonType(const nlohmann::json& v) {
  switch (v.type()) {
    case nlohmann::json::value_t::null: return "null";
    case nlohmann::json::value_t::object: return "an object";
    case nlohmann::json::value_t::array: return "an array";
    case nlohmann::json::value_t::string: return "a string";
    case nlohmann::json::value_t::boolean: return "a boolean";
    case nlohmann::json::value_t::binary: return "binary data";
    case nlohmann::json::value_t::discarded: return "nothing";
    default: return "a number";
  }
}

FieldReader::FieldReader(const nlohmann::json& object, std::string item, std::string prefix, ProblemSink& sink)
    : object_(object), item_(std::move(item)), prefix_(std::move(prefix)), sink_(sink) {}

void FieldReader::problem(const std::string& key, std::string message) const {
  sink_.add(item_, fieldName(key), std::move(message));
}

bool FieldReader::has(const char* key) const { return get(key) != nullptr; }

const nlohmann::json* FieldReader::get(const char* key) const {
  if (!object_.is_object()) return nullptr;
  auto it = object_.find(key);
  return it == object_.end() ? nullptr : &*it;
}

std::string FieldReader::requiredString(const char* key) const {
  const nlohmann::json* v = get(key);
  if (!v) {
    problem(key, "missing (a non-empty string is required)");
    return "";
  }
  return optionalString(key);
}

std::string FieldReader::optionalString(const char* key) const {
  const nlohmann::json* v = get(key);
  if (!v) return "";
  if (!v->is_string()) {
    problem(key, "must be a string, not " + describeJsonType(*v));
    return "";
  }
  const std::string& s = v->get_ref<const std::string&>();
  if (s.find_first_not_of(" \t\r\n") == std::string::npos) problem(key, "must not be empty");
  return s;
}

std::optional<double> FieldReader::number(const char* key, double min, double max, bool required) const {
  const nlohmann::json* v = get(key);
  if (!v) {
    if (required) problem(key, "missing (a number is required)");
    return std::nullopt;
  }
  if (!v->is_number()) {
    problem(key, "must be a number, not " + describeJsonType(*v));
    return std::nullopt;
  }
  double d = v->get<double>();
  if (!std::isfinite(d) || d < min || d > max) {
    problem(key, "must be between " + nlohmann::json(min).dump() + " and " + nlohmann::json(max).dump());
    return std::nullopt;
  }
  return d;
}

std::optional<int64_t> FieldReader::integer(const char* key, int64_t min, int64_t max, bool required) const {
  const nlohmann::json* v = get(key);
  if (!v) {
    if (required) problem(key, "missing (an integer is required)");
    return std::nullopt;
  }
  if (!v->is_number_integer()) {
    problem(key, "must be an integer, not " + describeJsonType(*v));
    return std::nullopt;
  }
  bool inRange;
  if (v->is_number_unsigned()) {
    uint64_t u = v->get<uint64_t>();
    inRange = max >= 0 && u <= static_cast<uint64_t>(max) && (min <= 0 || u >= static_cast<uint64_t>(min));
  } else {
    int64_t i = v->get<int64_t>();
    inRange = i >= min && i <= max;
  }
  if (!inRange) {
    problem(key, "must be between " + std::to_string(min) + " and " + std::to_string(max));
    return std::nullopt;
  }
  return v->get<int64_t>();
}

const nlohmann::json* FieldReader::array(const char* key, bool required) const {
  const nlohmann::json* v = get(key);
  if (!v) {
    if (required) problem(key, "missing (an array is required)");
    return nullptr;
  }
  if (!v->is_array()) {
    problem(key, "must be an array, not " + describeJsonType(*v));
    return nullptr;
  }
  return v;
}

void FieldReader::rejectUnknown(std::initializer_list<const char*> known) const {
  if (!object_.is_object()) return;
  for (auto it = object_.begin(); it != object_.end(); ++it) {
    bool found = false;
    for (const char* k : known) found = found || it.key() == k;
    if (!found) problem(it.key(), "unknown member");
  }
}

}  // namespace itinera

// Typed, checked reading of the members of a JSON object; every mistake becomes a TripProblem
// naming the item and the field, and reading carries on.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "core/trip/trip_problem.h"

namespace itinera {

class FieldReader {
 public:
  // `prefix` is prepended to field names in messages, e.g. "properties." or "participants[2].".
  FieldReader(const nlohmann::json& object, std::string item, std::string prefix, ProblemSink& sink);

  bool isObject() const { return object_.is_object(); }
  const std::string& item() const { return item_; }
  std::string fieldName(const std::string& key) const { return prefix_ + key; }
  ProblemSink& sink() const { return sink_; }
  void problem(const std::string& key, std::string message) const;

  bool has(const char* key) const;
  const nlohmann::json* get(const char* key) const;  // nullptr when absent
  // A string that must be present and not blank.
  std::string requiredString(const char* key) const;
  // A string that may be absent (then ""), but when present must not be blank.
  std::string optionalString(const char* key) const;
  // A finite number within [min, max].
  std::optional<double> number(const char* key, double min, double max, bool required) const;
  // An integer within [min, max].
  std::optional<int64_t> integer(const char* key, int64_t min, int64_t max, bool required) const;
  const nlohmann::json* array(const char* key, bool required) const;
  // Reports members whose names are not in `known`.
  void rejectUnknown(std::initializer_list<const char*> known) const;

 private:
  const nlohmann::json& object_;
  std::string item_, prefix_;
  ProblemSink& sink_;
};

// A JSON value's type for messages: "a string", "an array", ...
std::string describeJsonType(const nlohmann::json& value);

}  // namespace itinera

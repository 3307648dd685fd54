// How sure each part of a story is, as short marks: the grade of the evidence a part rests on
// ("C", "P", "estimate", "inferred"; nothing for a stated fact) and labels carrying them.
#pragma once

#include <optional>
#include <string>

#include "core/trip/trip.h"

namespace itinera {

// "stated", "C", "P", "EST" or "inferred": the grade a part of the story rests on, spelt as in the
// trip file; the value of the grade fields of `state --json`, `agenda --json` and the GeoPackage.
std::string gradeName(const Evidence& evidence);
// A grade as a reader sees it: gradeName()'s, but "estimate" for "EST", which beside a time
// reads as a zone ("14:00 EST (EST)").
std::string gradeWord(const std::string& gradeName);
// The evidence for one aspect: its own when the file gives one, else the item's.
inline const Evidence& aspectEvidence(const std::optional<Evidence>& aspect, const Evidence& item) {
  return aspect ? *aspect : item;
}
// "afternoon (C)", "helicopter (P)", "14:00 EST (estimate)", "road (inferred)"; the label alone
// for a stated fact.
std::string withGrade(const std::string& label, const Evidence& evidence);
// The agenda's mark after an event's title: "", " [C]", " [P]", " [estimate]", " [inferred]".
std::string basisMark(const Evidence& evidence);

}  // namespace itinera

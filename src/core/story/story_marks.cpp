// Grades of evidence as short marks.
#include "core/story/story_marks.h"

namespace itinera {

std::string gradeName(const Evidence& e) {
  switch (e.basis) {
    case Basis::Stated: return "stated";
    case Basis::Corroborated: return toString(e.grade);
    case Basis::Inferred: return "inferred";
  }
  return "";
}

std::string gradeWord(const std::string& gradeName) {
  return gradeName == toString(Grade::EST) ? "estimate" : gradeName;
}

std::string withGrade(const std::string& label, const Evidence& evidence) {
  if (evidence.basis == Basis::Stated) return label;
  return label + " (" + gradeWord(gradeName(evidence)) + ")";
}

std::string basisMark(const Evidence& evidence) {
  if (evidence.basis == Basis::Stated) return "";
  return " [" + gradeWord(gradeName(evidence)) + "]";
}

}  // namespace itinera

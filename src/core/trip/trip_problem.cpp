// A problem found while loading or checking a trip file, with the place it was found.
#include "core/trip/trip_problem.h"

#include "core/trip/json_text.h"

namespace itinera {

std::string TripProblem::format() const {
  std::string out;
  if (line > 0) {
    out = file + ":" + std::to_string(line) + ":" + std::to_string(column) + ": " + message;
  } else {
    out = file + ": ";
    if (!item.empty()) out += item + ": ";
    if (!field.empty()) out += field + ": ";
    if (note) out += "note: ";
    out += message;
  }
  return escapeForOutput(out);  // names and values may come from a broken file
}

void ProblemSink::push(TripProblem p) {
  if (!p.note) ++errors_;
  if (seen_.size() < 100000) seen_.insert(p.item + '\n' + p.field);
  if (problems_.size() > limit_) return;
  if (problems_.size() == limit_) {
    p = TripProblem{file_, 0, 0, "", "", "too many problems; the rest are not listed"};
  }
  problems_.push_back(std::move(p));
}

void ProblemSink::at(int line, int column, std::string message) {
  push(TripProblem{file_, line, column, "", "", std::move(message)});
}

void ProblemSink::add(std::string item, std::string field, std::string message) {
  push(TripProblem{file_, 0, 0, std::move(item), std::move(field), std::move(message)});
}

void ProblemSink::note(std::string item, std::string field, std::string message) {
  TripProblem p{file_, 0, 0, std::move(item), std::move(field), std::move(message)};
  p.note = true;
  push(std::move(p));
}

}  // namespace itinera

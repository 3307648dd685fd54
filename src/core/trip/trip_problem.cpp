// A problem found while loading or checking a trip file, with the place it was found.
#include "core/trip/trip_problem.h"

namespace itinera {

std::string TripProblem::format() const {
  if (line > 0) return file + ":" + std::to_string(line) + ":" + std::to_string(column) + ": " + message;
  std::string out = file + ": ";
  if (!item.empty()) out += item + ": ";
  if (!field.empty()) out += field + ": ";
  return out + message;
}

void ProblemSink::push(TripProblem p) {
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

}  // namespace itinera

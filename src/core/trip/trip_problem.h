// A problem found while loading or checking a trip file, with the place it was found.
#pragma once

#include <string>
#include <unordered_set>
#include <vector>

namespace itinera {

struct TripProblem {
  std::string file;
  int line = 0, column = 0;  // set for syntax and encoding problems
  std::string item;          // feature or record id, e.g. "darien-tour" or "source dhs-2022-04-21"
  std::string field;         // e.g. "properties.start" or "participants[1].person"
  std::string message;
  bool note = false;  // worth knowing, but not a fault of the file: a note does not fail a load

  // "FILE:LINE:COL: message" when a line is known, else "FILE: item: field: message"; always
  // valid UTF-8 on one line (other bytes and control characters are written as \xNN).
  std::string format() const;
};

// Collects problems for one file, up to a limit (a hostile file must not produce gigabytes).
class ProblemSink {
 public:
  explicit ProblemSink(std::string file, size_t limit = 500) : file_(std::move(file)), limit_(limit) {}

  void at(int line, int column, std::string message);
  void add(std::string item, std::string field, std::string message);
  void note(std::string item, std::string field, std::string message);
  const std::string& file() const { return file_; }
  bool empty() const { return problems_.empty(); }
  bool hasErrors() const { return errors_ > 0; }
  // Whether a problem was reported for this item and field (so later checks can skip values
  // that could not be read, instead of piling up consequential messages).
  bool has(const std::string& item, const std::string& field) const { return seen_.count(item + '\n' + field) > 0; }
  std::vector<TripProblem> take() { return std::move(problems_); }

 private:
  void push(TripProblem p);
  std::string file_;
  size_t limit_;
  size_t errors_ = 0;
  std::vector<TripProblem> problems_;
  std::unordered_set<std::string> seen_;
};

}  // namespace itinera

// Times, legs and conflicts of the imported rows, traveller by traveller.
#include "authoring/import_itinerary.h"

#include <algorithm>

#include "authoring/text_fold.h"

namespace itinera {
namespace {

std::string lower(std::string s) {
  size_t a = s.find_first_not_of(" \t"), b = s.find_last_not_of(" \t");
  s = a == std::string::npos ? "" : s.substr(a, b - a + 1);
  for (char& c : s) c = (c >= 'A' && c <= 'Z') ? c + 32 : c;
  return s;
}

// Rows known only by their date have nominal times: those sharing a day split it in row order,
// so that a traveller's places follow one another; the bounds keep the whole day.
std::vector<EventTimes> eventTimes(const ItineraryInput& in) {
  std::vector<EventTimes> out;
  std::map<std::pair<int64_t, int64_t>, std::vector<size_t>> sameDay;
  for (size_t k = 0; k < in.events.size(); ++k) {
    const ImportRow& row = in.rows[in.events[k].row];
    out.push_back({in.events[k].feature, row.start, row.end, std::nullopt, std::nullopt, row.precision});
    if (row.dayOnly) sameDay[{row.start, row.end}].push_back(k);
  }
  for (auto& [day, members] : sameDay) {
    int64_t minutes = (day.second - day.first) / 60;
    for (size_t j = 0; j < members.size(); ++j) {
      EventTimes& t = out[members[j]];
      t.start = day.first + 60 * (minutes * static_cast<int64_t>(j) / static_cast<int64_t>(members.size()));
      t.end = day.first + 60 * (minutes * static_cast<int64_t>(j + 1) / static_cast<int64_t>(members.size()));
      t.earliest = day.first;
      t.latest = day.second;
    }
  }
  return out;
}

// The person as the row names them, or "" when they do not take part in it.
std::string nameIn(const ImportRow& row, const std::string& person, const ItineraryInput& in) {
  auto is = [&](const std::string& name) { return in.personIds.at(foldName(name)) == person; };
  for (const Located& t : row.travellers)
    if (is(t.text)) return t.text;
  for (const ImportPerson& p : row.participants)
    if (is(p.name.text)) return p.name.text;
  return "";
}

class TravellerWalk {
 public:
  TravellerWalk(const ItineraryInput& in, const std::vector<EventTimes>& times, ProblemSink& sink, Itinerary& out)
      : in_(in), times_(times), sink_(sink), out_(out) {}

  void run(const std::string& person) {
    std::vector<size_t> mine;
    for (size_t k = 0; k < in_.events.size(); ++k)
      if (!nameIn(in_.rows[in_.events[k].row], person, in_).empty()) mine.push_back(k);
    std::stable_sort(mine.begin(), mine.end(), [&](size_t a, size_t b) {
      return times_[a].start != times_[b].start ? times_[a].start < times_[b].start : times_[a].end < times_[b].end;
    });
    if (mine.empty()) return;
    size_t reach = mine[0];
    int64_t until = times_[mine[0]].end;
    for (size_t j = 1; j < mine.size(); ++j) {
      size_t s = mine[j];
      if (in_.events[s].place != in_.events[reach].place) step(person, reach, s);
      if (times_[s].end >= times_[reach].end) reach = s;
      until = std::max(until, times_[s].end);
    }
    if (until == times_[mine[0]].start) {  // the format wants a stay with a length
      const ImportRow& row = in_.rows[in_.events[mine[0]].row];
      sink_.at(row.when.line, row.when.column, nameIn(row, person, in_) +
                                                   " is seen only at one moment: give the row an end, so that the stay has a length");
      return;
    }
    out_.stays.push_back({person, times_[mine[0]].start, until});
  }

 private:
  std::string where(size_t k) const {
    const ImportRow& row = in_.rows[in_.events[k].row];
    return "line " + std::to_string(row.line) + " (" + in_.events[k].place + ", " + in_.clock.iso(times_[k].start) +
           " to " + in_.clock.iso(times_[k].end) + ")";
  }

  void step(const std::string& person, size_t from, size_t to) {
    const ImportRow& row = in_.rows[in_.events[to].row];
    if (times_[to].start < times_[from].end) {
      sink_.at(row.when.line, row.when.column,
               nameIn(row, person, in_) + " is in two places at once: " + where(from) + " overlaps " + where(to));
      return;
    }
    const ImportRow& previous = in_.rows[in_.events[from].row];
    std::string mode = lower(row.mode.text);
    if (mode.empty()) mode = "unknown";
    out_.legs.push_back({person, in_.events[from].place, in_.events[to].place, times_[from].end, times_[to].start,
                         std::max(times_[from].precision, times_[to].precision), mode,
                         "Between the rows at lines " + std::to_string(previous.line) + " and " +
                             std::to_string(row.line) + " the traveller moves from one place to the other.",
                         in_.events[from].row, in_.events[to].row});
  }

  const ItineraryInput& in_;
  const std::vector<EventTimes>& times_;
  ProblemSink& sink_;
  Itinerary& out_;
};

}  // namespace

Itinerary deriveItinerary(const ItineraryInput& in, ProblemSink& sink) {
  Itinerary out;
  for (const EventPlace& e : in.events) {
    const Located& mode = in.rows[e.row].mode;
    std::string m = lower(mode.text);
    if (!m.empty() && m != "air" && m != "helicopter" && m != "road" && m != "unknown")
      sink.at(mode.line, mode.column, "unknown mode '" + mode.text + "': expected air, helicopter, road or unknown");
  }
  out.events = eventTimes(in);
  if (out.events.empty()) return out;
  out.periodStart = out.events[0].earliest.value_or(out.events[0].start);
  out.periodEnd = out.events[0].latest.value_or(out.events[0].end);
  for (const EventTimes& t : out.events) {
    out.periodStart = std::min(out.periodStart, t.earliest.value_or(t.start));
    out.periodEnd = std::max(out.periodEnd, t.latest.value_or(t.end));
  }
  if (out.periodEnd <= out.periodStart) out.periodEnd = out.periodStart + 60;  // a period must have a length
  TravellerWalk walk(in, out.events, sink, out);
  for (const std::string& person : in.travellers) walk.run(person);
  return out;
}

}  // namespace itinera

// Laying the sequence's cards and the stretches between them on the presentation's time line.
#include "core/story/story_pacing.h"

#include <algorithm>
#include <cmath>

#include "core/trip/json_text.h"

namespace itinera {
namespace {

double readingSeconds(const SequenceCard& card, const PacingOptions& o) {
  size_t chars = 0;
  for (const std::string& line : card.lines) chars += codePointCount(line);
  return std::clamp(double(chars) / o.readingCharsPerSecond, o.minHoldSeconds, std::max(o.minHoldSeconds, o.maxHoldSeconds));
}

bool travelling(const Trip& trip, int64_t from, int64_t to) {
  for (const Leg& l : trip.legs)
    if (l.time.start.utc < to && l.time.end.utc > from) return true;
  return false;
}

double minimumOf(const PaceSegment& s, const PacingOptions& o) {
  switch (s.kind) {
    case PaceSegment::Kind::Hold: return o.minHoldSeconds;
    case PaceSegment::Kind::Jump: return o.jumpSeconds / 3;
    case PaceSegment::Kind::Run: return 0;
  }
  return 0;
}

}  // namespace

StoryPacing::StoryPacing(const Trip& trip, const StorySequence& sequence, const PacingOptions& options) {
  int64_t now = trip.periodStart.utc;
  size_t shown = 0;
  for (size_t i = 0; i < sequence.size(); ++i) {
    int64_t at = std::clamp(sequence[i].time, now, trip.periodEnd.utc);
    addStretch(trip, shown, now, at, options);
    holds_.push_back(segments_.size());
    segments_.push_back({PaceSegment::Kind::Hold, i, 0, readingSeconds(sequence[i], options), at, at});
    now = at;
    shown = i;
  }
  addStretch(trip, shown, now, trip.periodEnd.utc, options);
  // Durations so far; now lay them end to end, fitted to the total asked for.
  fit(options.totalSeconds, options);
}

// The stretch [from, to] cut at every departure and arrival: pieces with a leg under way run,
// empty pieces run when short and are jumped over when long.
void StoryPacing::addStretch(const Trip& trip, size_t card, int64_t from, int64_t to, const PacingOptions& o) {
  std::vector<int64_t> cuts{from, to};
  for (const Leg& l : trip.legs)
    for (int64_t t : {l.time.start.utc, l.time.end.utc})
      if (t > from && t < to) cuts.push_back(t);
  std::sort(cuts.begin(), cuts.end());
  cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
  for (size_t i = 0; i + 1 < cuts.size(); ++i) {
    int64_t a = cuts[i], b = cuts[i + 1];
    bool jump = !travelling(trip, a, b) && double(b - a) > o.jumpAfterSeconds;
    double seconds = jump ? o.jumpSeconds : double(b - a) / o.tripSecondsPerSecond;
    PaceSegment::Kind kind = jump ? PaceSegment::Kind::Jump : PaceSegment::Kind::Run;
    if (!segments_.empty() && kind == PaceSegment::Kind::Run && segments_.back().kind == kind) {
      segments_.back().to += seconds;  // one run however many legs it crosses
      segments_.back().tripTo = b;
      continue;
    }
    segments_.push_back({kind, card, 0, seconds, a, b});
  }
}

void StoryPacing::fit(double total, const PacingOptions& o) {
  double natural = 0, minimum = 0;
  for (const PaceSegment& s : segments_) natural += s.to, minimum += minimumOf(s, o);
  auto fitted = [&](const PaceSegment& s) {
    double d = s.to, m = minimumOf(s, o);
    if (total <= 0 || natural <= 0) return d;
    if (total >= natural) return d * total / natural;
    if (total >= minimum) return m + (d - m) * (total - minimum) / (natural - minimum);
    return m * total / minimum;
  };
  holdsShortened_ = total > 0 && total < minimum;
  double clock = 0;
  for (PaceSegment& s : segments_) {
    double d = fitted(s);
    s.from = clock;
    s.to = clock += d;
  }
  if (total > 0 && !segments_.empty()) segments_.back().to = total;  // no rounding left over
}

PaceMoment StoryPacing::at(double seconds) const {
  PaceMoment m;
  if (segments_.empty()) return m;
  seconds = std::clamp(seconds, 0.0, length());
  // The last segment that has begun and is not empty (or the last one at the very end).
  auto it = std::upper_bound(segments_.begin(), segments_.end(), seconds,
                             [](double v, const PaceSegment& s) { return v < s.from; });
  const PaceSegment* s = &*std::prev(it);
  while (s != segments_.data() && s->to <= s->from) --s;
  if (seconds >= length()) s = &segments_.back();
  m.card = s->card;
  m.holding = s->kind == PaceSegment::Kind::Hold;
  m.jumping = s->kind == PaceSegment::Kind::Jump && seconds < s->to;
  double f = s->to > s->from ? std::clamp((seconds - s->from) / (s->to - s->from), 0.0, 1.0) : 1.0;
  m.time = s->tripFrom + int64_t(std::floor(f * double(s->tripTo - s->tripFrom)));
  return m;
}

}  // namespace itinera

// Event-paced playback: presentation seconds mapped to trip time so that each card of the
// presenter sequence is held long enough to read, travel plays sped up, and empty hours and
// nights are jumped over. Presenter mode and a video export play the same pacing.
#pragma once

#include <cstdint>
#include <vector>

#include "core/story/story_sequence.h"
#include "core/trip/trip.h"

namespace itinera {

struct PacingOptions {
  double totalSeconds = 0;             // the length asked for; 0 for the natural length at the rates below
  double minHoldSeconds = 3;           // every card is held at least this long (unless the total cannot allow it)
  double maxHoldSeconds = 20;
  double readingCharsPerSecond = 18;   // a card is held for its text's length at this reading speed
  double tripSecondsPerSecond = 1200;  // the clock's speed while running (20 minutes a second)
  double jumpAfterSeconds = 1800;      // stretches without travel longer than this are jumped over
  double jumpSeconds = 0.75;           // how long a jump takes, whatever it spans
};

struct PaceSegment {
  enum class Kind { Hold, Run, Jump };
  Kind kind = Kind::Hold;
  size_t card = 0;            // the card shown: held, or the last one held before
  double from = 0, to = 0;    // presentation seconds
  int64_t tripFrom = 0, tripTo = 0;  // Unix seconds; equal for a hold
};

struct PaceMoment {
  int64_t time = 0;     // trip time, Unix seconds
  size_t card = 0;      // index into the sequence of the card shown
  bool holding = false;  // the clock stands still on a card
  bool jumping = false;  // the clock is racing over an empty stretch (a video shows the jump)
};

// Holds each card at its time, in the sequence's order, for its reading time clamped to
// [minHold, maxHold]; between card times the clock runs at `tripSecondsPerSecond`, except over
// stretches without travel longer than `jumpAfterSeconds`, which are jumps of `jumpSeconds`. With
// a total asked for, the parts are fitted to it: beyond the natural length every part grows in
// proportion; below it the time above the minimums shrinks first (holds keep `minHold`, jumps a
// third of `jumpSeconds`, runs nothing), and only when even the minimums do not fit is
// everything scaled down (holdsShortened()). Deterministic and monotonic: at(0) is the trip
// start, at(length()) the trip end.
class StoryPacing {
 public:
  StoryPacing(const Trip& trip, const StorySequence& sequence, const PacingOptions& options = {});

  double length() const { return segments_.empty() ? 0 : segments_.back().to; }
  PaceMoment at(double seconds) const;
  double cardStart(size_t card) const { return segments_[holds_[card]].from; }
  double cardHold(size_t card) const { return segments_[holds_[card]].to - segments_[holds_[card]].from; }
  const std::vector<PaceSegment>& segments() const { return segments_; }
  bool holdsShortened() const { return holdsShortened_; }

 private:
  void addStretch(const Trip& trip, size_t card, int64_t from, int64_t to, const PacingOptions& o);
  void fit(double total, const PacingOptions& o);

  std::vector<PaceSegment> segments_;
  std::vector<size_t> holds_;  // per card, its hold segment
  bool holdsShortened_ = false;
};

}  // namespace itinera

// Playback arithmetic, kept apart from the GUI so it can be tested.
#include "core/time/playback.h"

#include <algorithm>
#include <cmath>

namespace itinera {

const std::vector<double>& Playback::speeds() {
  static const std::vector<double> s = {60, 300, 900, 1800, 3600, 7200, 14400, 21600};
  return s;
}

void Playback::setPeriod(int64_t start, int64_t end) {
  start_ = start;
  end_ = end;
  seek(time_);
}

void Playback::seek(double t) { time_ = std::clamp(t, double(start_), double(end_)); }

void Playback::setPlaying(bool p) {
  // Pressing play at the very end starts again from the beginning.
  if (p && !playing_ && time_ >= double(end_)) time_ = double(start_);
  playing_ = p;
}

void Playback::setSpeedIndex(size_t i) { speedIndex_ = std::min(i, speeds().size() - 1); }

bool Playback::advance(double realSeconds) {
  if (!playing_ || realSeconds <= 0) return false;
  double next = time_ + realSeconds * speed();
  if (next >= double(end_)) {
    if (loop_) {
      // A step may be longer than the whole trip (an export does not limit it): wrap as
      // many times as it takes, so the clock always lands inside the trip.
      double span = double(end_ - start_);
      next = span > 0 ? double(start_) + std::fmod(next - double(start_), span) : double(start_);
    } else {
      next = double(end_);
      playing_ = false;
    }
  }
  time_ = next;
  return true;
}

}  // namespace itinera

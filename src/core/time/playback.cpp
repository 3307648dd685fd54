// Playback arithmetic, kept apart from the GUI so it can be tested.
#include "core/time/playback.h"

#include <algorithm>

namespace itinera {

const std::vector<double>& Playback::speeds() {
  static const std::vector<double> s = {60, 300, 900, 1800, 3600, 7200, 14400, 21600};
  return s;
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
      next = double(start_) + (next - double(end_));
    } else {
      next = double(end_);
      playing_ = false;
    }
  }
  time_ = next;
  return true;
}

}  // namespace itinera

// The trip clock: the current trip time, playing at a chosen speed, looping or stopping at the end.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace itinera {

class Playback {
 public:
  Playback(int64_t start, int64_t end) : start_(start), end_(end), time_(double(start)) {}

  // Trip seconds per real second: from one minute to six hours.
  static const std::vector<double>& speeds();

  int64_t time() const { return int64_t(time_); }
  double exactTime() const { return time_; }
  int64_t start() const { return start_; }
  int64_t end() const { return end_; }
  bool playing() const { return playing_; }
  bool loop() const { return loop_; }
  double speed() const { return speeds()[speedIndex_]; }
  size_t speedIndex() const { return speedIndex_; }

  void seek(double t);  // clamped to the trip
  void setPeriod(int64_t start, int64_t end);  // keeps the time, clamped to the new period
  void setPlaying(bool p);
  void setLoop(bool l) { loop_ = l; }
  void setSpeedIndex(size_t i);
  // Advances by `realSeconds`; at the end it wraps when looping, else stops. True if time moved.
  bool advance(double realSeconds);

 private:
  int64_t start_, end_;
  double time_;
  bool playing_ = false;
  bool loop_ = false;
  size_t speedIndex_ = 3;
};

}  // namespace itinera

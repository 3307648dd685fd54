// Presenter mode's rule for the mouse pointer: hidden (the cursor, hover tips, hover highlights)
// once the mouse has rested a while, shown again as soon as it moves. Times are seconds on a
// steady clock, passed in: nothing here reads a clock or a device.
#pragma once

#include <optional>

namespace itinera {

class IdlePointer {
 public:
  static constexpr double kRestSeconds = 2;  // about what slideshow software waits
  explicit IdlePointer(double restSeconds = kRestSeconds) : rest_(restSeconds) {}

  // On: presenter mode begins, the pointer shows and rests from `now`. Off: it always shows.
  void setActive(bool active, double now);
  bool active() const { return active_; }
  // The mouse moved or its wheel turned at `now`: the pointer shows and rests from then.
  // A click is no movement: it leaves a hidden pointer hidden.
  void moved(double now);
  bool hidden(double now) const;
  // How long after `now` the pointer hides: as long as a window waiting for input may sleep
  // before it must draw again. Nothing while the rule is off or the pointer already hidden.
  std::optional<double> untilHidden(double now) const;

 private:
  double rest_;
  bool active_ = false;
  double lastMoved_ = 0;
};

}  // namespace itinera

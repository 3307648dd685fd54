// Presenter mode's idle pointer: how long the mouse has rested, and whether it is hidden.
#include "core/frame/idle_pointer.h"

namespace itinera {

void IdlePointer::setActive(bool active, double now) {
  active_ = active;
  lastMoved_ = now;
}

void IdlePointer::moved(double now) { lastMoved_ = now; }

bool IdlePointer::hidden(double now) const { return active_ && now - lastMoved_ >= rest_; }

std::optional<double> IdlePointer::untilHidden(double now) const {
  if (!active_ || hidden(now)) return std::nullopt;
  return lastMoved_ + rest_ - now;
}

}  // namespace itinera

// The closed-form path of van Wijk & Nuij, section 4 (equations 9 to 15).
#include "core/camera/camera_flight.h"

#include <algorithm>
#include <cmath>

namespace itinera {
namespace {

// A viewport with no width (a minimised window) still spans a pixel: the flight measures views
// by their width in metres, and a width of zero would make every step of it NaN.
double widthInPixels(const Camera& c) { return std::max(1, c.viewport.width); }

double smoothstep(double t) {
  t = std::clamp(t, 0.0, 1.0);
  return t * t * (3 - 2 * t);
}

}  // namespace

CameraFlight::CameraFlight(const Camera& from, const Camera& to, double rho)
    : from_(from), c0_(from.center), c1_(to.center), rho_(rho) {
  w0_ = from.metresPerPixel * widthInPixels(from);
  w1_ = to.metresPerPixel * widthInPixels(to);
  u1_ = std::hypot(c1_.x - c0_.x, c1_.y - c0_.y);
  if (u1_ < 1e-6 * std::max(w0_, w1_)) {
    pureZoom_ = true;
    length_ = std::abs(std::log(w1_ / w0_)) / rho_;
    return;
  }
  double r2 = rho_ * rho_, r4 = r2 * r2;
  double b0 = (w1_ * w1_ - w0_ * w0_ + r4 * u1_ * u1_) / (2 * w0_ * r2 * u1_);
  double b1 = (w1_ * w1_ - w0_ * w0_ - r4 * u1_ * u1_) / (2 * w1_ * r2 * u1_);
  r0_ = std::asinh(-b0);  // r(b) = ln(-b + sqrt(b^2 + 1))
  double r1 = std::asinh(-b1);
  length_ = (r1 - r0_) / rho_;
}

Camera CameraFlight::at(double t) const {
  double s = smoothstep(t) * length_;
  double u, w;
  if (pureZoom_) {
    u = 0;
    w = w0_ * std::exp((w1_ < w0_ ? -1 : 1) * rho_ * s);
  } else {
    double r2 = rho_ * rho_;
    u = w0_ / r2 * std::cosh(r0_) * std::tanh(rho_ * s + r0_) - w0_ / r2 * std::sinh(r0_);
    w = w0_ * std::cosh(r0_) / std::cosh(rho_ * s + r0_);
  }
  if (t >= 1) w = w1_, u = u1_;
  Camera c = from_;
  double f = pureZoom_ ? 0 : u / u1_;
  c.center = {c0_.x + f * (c1_.x - c0_.x), c0_.y + f * (c1_.y - c0_.y)};
  c.metresPerPixel = w / widthInPixels(from_);
  return c;
}

double CameraFlight::durationSeconds() const { return std::clamp(0.6 + 0.5 * length_, 0.6, 3.0); }

}  // namespace itinera

// A handout map per step, then the book laid out and written in one atomic step.
#include "outputs/handout_job.h"

#include <algorithm>

#include "core/camera/story_camera.h"
#include "core/frame/frame_params.h"
#include "core/io/atomic_file.h"
#include "core/layout/screen_layout.h"
#include "core/story/card_frame.h"

namespace itinera {
namespace {

// The map framed on `frame` at trip time `t`: the basemap and the trip, no panels.
HandoutImage mapImage(HeadlessRenderer& r, BriefingScreen& screen, Briefing& b, const MapBox& frame, int64_t t) {
  Viewport size = r.size();
  Camera camera = cameraFraming(frame, size, Rect{0, 0, double(size.width), double(size.height)}, kStoryFrameMargin);
  b.playback().seek(double(t));
  FrameParams params = frameParams(ViewState{}, t, camera, false, r.ui().scale());
  return {size.width, size.height, r.renderWith([&] { screen.draw(params); }, 1)};
}

// The moment a day's map shows: the day's end (its routes all travelled), within the trip.
int64_t endOfDay(const Briefing& b, const HandoutDay& day) {
  const TripClock& clock = b.clock();
  int64_t next = clock.localMidnight(clock.localDay(day.events.front()->time.start.utc) + 1);
  return std::min(next - 1, b.trip().periodEnd.utc);
}

}  // namespace

HandoutJob::HandoutJob(Briefing& b, HeadlessRenderer& renderer, const HandoutSettings& settings)
    : briefing_(b),
      renderer_(renderer),
      settings_(settings),
      screen_(b, renderer.view(), renderer.ui().fonts(), renderer.ui().scale()),
      book_(handoutBook(b.trip(), b.clock())),
      clockWas_(b.playback().time()) {
  const Projection& projection = renderer.view().data().projection;
  maps_.push_back({&book_.overviewMap, tripFrame(b.trip(), projection), b.trip().periodEnd.utc});
  for (HandoutDay& day : book_.days) {
    if (!day.dated || day.events.empty()) continue;
    // A day whose places frame nothing keeps its step (and no map), so the count stays the book's.
    maps_.push_back({&day.map, dayFrame(b.trip(), b.clock(), projection, day.events), endOfDay(b, day)});
  }
}

HandoutJob::~HandoutJob() { restoreClock(); }

void HandoutJob::restoreClock() {
  if (!over_) briefing_.playback().seek(clockWas_);
  over_ = true;
}

void HandoutJob::cancel() { restoreClock(); }

std::string HandoutJob::step() {
  if (over_) return {};
  if (next_ < int64_t(maps_.size())) {
    const MapStep& map = maps_[size_t(next_)];
    if (!map.frame.empty()) *map.image = mapImage(renderer_, screen_, briefing_, map.frame, map.time);
    ++next_;
    return {};
  }
  restoreClock();
  std::string error = writeBook();
  if (error.empty()) {
    finished_ = true;
    ++next_;
  }
  return error;
}

std::string HandoutJob::writeBook() {
  auto pdf = handoutPdf(book_, settings_.paper);
  if (!pdf) return settings_.path + ": " + pdf.error();
  if (std::string error = writeFileAtomically(settings_.path, pdf->bytes); !error.empty()) return error;
  pages_ = pdf->pages;
  return {};
}

std::string HandoutJob::summary() const {
  return settings_.path + ": " + std::to_string(pages_) + " pages, " + (settings_.paper == Paper::A4 ? "A4" : "Letter");
}

}  // namespace itinera

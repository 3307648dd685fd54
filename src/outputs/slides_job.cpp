// A slide per step: the card's map drawn offscreen, then laid out with its text by the deck.
#include "outputs/slides_job.h"

#include "core/camera/story_camera.h"
#include "export/slide_frame.h"
#include "core/frame/frame_params.h"

namespace itinera {
namespace {

// The map at `card`'s moment: the map and the trip (no panels: the slide sets the text).
std::vector<uint8_t> cardMap(HeadlessRenderer& r, BriefingScreen& screen, Briefing& b, const SequenceCard& card) {
  Viewport size = r.size();
  const Projection& projection = r.view().data().projection;
  MapBox frame = cardFrame(b.trip(), b.timeline(), projection, card);
  Camera camera = cameraFraming(frame, size, Rect{0, 0, double(size.width), double(size.height)}, kStoryFrameMargin);
  b.playback().seek(double(card.time));
  FrameParams params = frameParams(ViewState{}, card.time, camera, false, r.ui().scale());
  return r.renderWith([&] { screen.draw(params); }, 1);
}

}  // namespace

Viewport slideMapSize(Viewport slide) { return {slideMapWidth(slide.width), slide.height}; }

SlidesJob::SlidesJob(Briefing& b, HeadlessRenderer& renderer, const SlideSettings& settings)
    : briefing_(b),
      renderer_(renderer),
      settings_(settings),
      sequence_(buildSequence(b.trip(), b.timeline(), b.clock(), b.sourceDirs())),
      screen_(b, renderer.view(), renderer.ui().fonts(), renderer.ui().scale()) {}

SlidesJob::~SlidesJob() = default;

std::unique_ptr<SlidesJob> SlidesJob::create(Briefing& b, HeadlessRenderer& renderer, const SlideSettings& settings,
                                             std::string* error) {
  std::unique_ptr<SlidesJob> job(new SlidesJob(b, renderer, settings));
  auto deck = SlideDeck::open(settings.path, settings.size.width, settings.size.height);
  if (!deck) {
    *error = deck.error();
    return nullptr;
  }
  job->deck_ = std::move(deck.value());
  return job;
}

std::string SlidesJob::step() {
  if (finished_ || !deck_) return {};
  if (next_ < sequence_.size()) {
    const SequenceCard& card = sequence_[next_];
    std::vector<uint8_t> map = cardMap(renderer_, screen_, briefing_, card);
    SlideImage image{renderer_.size().width, renderer_.size().height, map.data()};
    if (auto error = deck_->add(card, image, slideName(card, next_, sequence_.size())); !error.empty()) {
      cancel();
      return error;
    }
    ++next_;
  }
  if (next_ < sequence_.size()) return {};
  std::string error = deck_->finish();
  if (!error.empty()) cancel();
  else finished_ = true;
  return error;
}

std::string SlidesJob::summary() const {
  return settings_.path + ": " + std::to_string(sequence_.size()) + " slides, " + std::to_string(settings_.size.width) +
         "x" + std::to_string(settings_.size.height);
}

}  // namespace itinera

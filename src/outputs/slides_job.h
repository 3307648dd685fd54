// The presenter sequence as slides (a PDF, or a folder of numbered PNGs), one slide per step:
// the map framed as the story frames each card's moment, beside the card's text.
#pragma once

#include <memory>
#include <string>

#include "core/story/briefing.h"
#include "export/slide_deck.h"
#include "outputs/export_job.h"
#include "render/headless_renderer.h"
#include "ui/briefing_screen.h"

namespace itinera {

struct SlideSettings {
  std::string path;          // FILE.pdf or DIR/
  Viewport size{1920, 1080};  // the slide's
};

// The size of the renderer a slide's map needs: the map's part of the slide.
Viewport slideMapSize(Viewport slide);

class SlidesJob : public ExportJob {
 public:
  // Opens the deck. `briefing` and `renderer` (of slideMapSize()) must outlive the job.
  static std::unique_ptr<SlidesJob> create(Briefing& briefing, HeadlessRenderer& renderer,
                                           const SlideSettings& settings, std::string* error);
  ~SlidesJob() override;

  std::string step() override;
  bool finished() const override { return finished_; }
  int64_t done() const override { return int64_t(next_); }
  int64_t total() const override { return int64_t(sequence_.size()); }
  void cancel() override { deck_.reset(); }  // an unfinished deck removes what it wrote
  std::string summary() const override;

 private:
  SlidesJob(Briefing& briefing, HeadlessRenderer& renderer, const SlideSettings& settings);

  Briefing& briefing_;
  HeadlessRenderer& renderer_;
  SlideSettings settings_;
  StorySequence sequence_;
  BriefingScreen screen_;
  std::unique_ptr<SlideDeck> deck_;
  size_t next_ = 0;
  bool finished_ = false;
};

}  // namespace itinera

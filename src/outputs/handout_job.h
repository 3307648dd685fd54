// The printed briefing book as a job: a step per map (the cover's, then each dated day's),
// rendered offscreen at print resolution, then the book laid out (export/handout_layout.h) and
// written atomically. `itinera export handout` and the app's Export menu both run it.
#pragma once

#include <memory>
#include <string>

#include "core/story/briefing.h"
#include "export/handout_layout.h"
#include "outputs/export_job.h"
#include "render/headless_renderer.h"
#include "ui/briefing_screen.h"

namespace itinera {

struct HandoutSettings {
  std::string path;  // the PDF to write
  Paper paper = Paper::A4;
};

// The renderer's size and UI scale the book's maps want (print resolution).
inline Viewport handoutMapSize() { return {kHandoutMapWidthPx, kHandoutMapHeightPx}; }

class HandoutJob : public ExportJob {
 public:
  // `briefing` and `renderer` (made at handoutMapSize() and kHandoutMapUiScale) must outlive the
  // job. The briefing's playback time is put back as it was when the job ends.
  HandoutJob(Briefing& briefing, HeadlessRenderer& renderer, const HandoutSettings& settings);
  ~HandoutJob() override;

  std::string step() override;
  bool finished() const override { return finished_; }
  int64_t done() const override { return next_; }
  int64_t total() const override { return int64_t(maps_.size()) + 1; }  // the maps, then the book
  void cancel() override;  // nothing is written before the last step
  std::string summary() const override;
  int pages() const { return pages_; }

 private:
  // A map to render: where the image goes, what it frames, at which moment.
  struct MapStep {
    HandoutImage* image;
    MapBox frame;
    int64_t time;
  };
  std::string writeBook();
  void restoreClock();

  Briefing& briefing_;
  HeadlessRenderer& renderer_;
  HandoutSettings settings_;
  BriefingScreen screen_;
  HandoutBook book_;
  std::vector<MapStep> maps_;
  double clockWas_;
  int64_t next_ = 0;
  int pages_ = 0;
  bool finished_ = false, over_ = false;
};

}  // namespace itinera

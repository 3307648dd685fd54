// The app's export in the background: a job from the Export menu stepped a slice at a time between
// the window's frames, drawing on the window's GL context with a renderer of its own (its own
// framebuffer, UI context and copy of the briefing, so the window's clock does not move); a job
// that draws nothing runs on a worker thread. Cancel and errors leave no file behind.
#pragma once

#include <atomic>
#include <memory>
#include <string>
#include <thread>

#include "core/geo/map_data.h"
#include "core/io/app_state.h"
#include "core/story/briefing.h"
#include "outputs/export_request.h"
#include "render/gl_window.h"
#include "render/headless_renderer.h"

namespace itinera {

class ExportSession {
 public:
  // `window` and `data` must outlive the session; `fontTexts` are the letters the export draws.
  ExportSession(GlWindow& window, MapData& data, std::vector<std::string> fontTexts);
  ~ExportSession();  // cancels an export under way
  ExportSession(const ExportSession&) = delete;
  ExportSession& operator=(const ExportSession&) = delete;

  // Checks and starts `request` on a copy of `briefing`'s current version; a problem shows as failed.
  void start(const ExportRequest& request, const Briefing& briefing);
  // Stops the export under way and removes what it wrote.
  void cancel();
  // Does the next slices, for about `budgetMs` (at least one); true while the export runs.
  bool advance(double budgetMs);
  bool running() const { return status_.status == "running"; }
  // Its status for the dialog and the state file (without the dialog's fields).
  const AppState::Export& status() const { return status_; }
  double fraction() const;

 private:
  void finish(const std::string& error);
  void fail(const std::string& message);

  GlWindow& window_;
  MapData& data_;
  std::vector<std::string> fontTexts_;
  std::unique_ptr<Briefing> briefing_;
  std::unique_ptr<HeadlessRenderer> renderer_;
  std::unique_ptr<ExportJob> job_;
  std::thread worker_;  // a job that draws nothing, stepped here
  std::atomic<bool> workerDone_{false};
  std::string workerError_;
  AppState::Export status_;
};

}  // namespace itinera

// Starting, stepping, cancelling and finishing the app's export.
#include "app/export_session.h"

#include <chrono>

namespace itinera {

ExportSession::ExportSession(GlWindow& window, MapData& data, std::vector<std::string> fontTexts)
    : window_(window), data_(data), fontTexts_(std::move(fontTexts)) {}

ExportSession::~ExportSession() { cancel(); }

double ExportSession::fraction() const {
  return status_.total > 0 ? double(status_.done) / double(status_.total) : 0;
}

void ExportSession::fail(const std::string& message) {
  job_.reset();  // an unfinished job removes what it wrote
  renderer_.reset();
  briefing_.reset();
  status_ = {"failed", 0, 0, "", message, false, {}};
}

void ExportSession::start(const ExportRequest& request, const Briefing& briefing) {
  if (running()) return;
  if (std::string problem = exportRequestProblem(request); !problem.empty()) return fail(problem);
  // Its own briefing: the job moves the clock to each frame's moment, the window's stays.
  briefing_ = std::make_unique<Briefing>(briefing.snapshot(), briefing.sourceDirs());
  if (auto size = exportRendererSize(request)) {
    auto renderer = HeadlessRenderer::createOn(window_, data_, *size, 1, fontTexts_);
    if (!renderer) return fail(renderer.error());
    renderer_ = std::move(renderer.value());
  }
  std::string error;
  job_ = makeExportJob(request, *briefing_, renderer_.get(), &error);
  if (!job_) return fail(error);
  status_ = {"running", 0, long(job_->total()), request.path, "", false, {}};
  if (job_->rendersNothing()) {
    workerDone_ = false;
    worker_ = std::thread([this] {
      workerError_ = job_->step();
      workerDone_ = true;
    });
  }
}

void ExportSession::cancel() {
  if (worker_.joinable()) worker_.join();  // a file written whole or not at all: wait for it
  if (!running()) return;
  if (job_ && job_->finished()) return finish("");  // done before the cancel came
  job_.reset();
  renderer_.reset();
  briefing_.reset();
  status_ = {"cancelled", 0, 0, "", "", false, {}};
}

void ExportSession::finish(const std::string& error) {
  if (!error.empty()) return fail(error);
  std::string summary = job_->summary(), note = job_->note();
  std::string path = status_.path;
  long total = long(job_->total());
  job_.reset();
  renderer_.reset();
  briefing_.reset();
  status_ = {"done", total, total, path, note.empty() ? summary : summary + " (" + note + ")", false, {}};
}

bool ExportSession::advance(double budgetMs) {
  if (!running()) return false;
  if (worker_.joinable()) {
    if (!workerDone_) return true;
    worker_.join();
    finish(workerError_);
    return false;
  }
  renderer_->view().uploadFinishedLevels();  // levels built in the background since it began
  auto start = std::chrono::steady_clock::now();
  do {
    if (std::string error = job_->step(); !error.empty()) return finish(error), false;
    status_.done = long(job_->done());
    if (job_->finished()) return finish(""), false;
  } while (std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count() < budgetMs);
  return true;
}

}  // namespace itinera

// An export as a job the caller steps in slices (a video frame, a slide, a whole small file), so
// the command line runs it in a loop and the app between its frames, through one code path.
#pragma once

#include <cstdint>
#include <functional>
#include <string>

namespace itinera {

// Called after each slice with the work done and the work in all; false asks the job to stop.
using ExportProgress = std::function<bool(int64_t done, int64_t total)>;

class ExportJob {
 public:
  virtual ~ExportJob() = default;  // a job dropped unfinished leaves nothing behind
  // Does the next slice; the last one writes the output into place. Returns an error naming the
  // file, or "". After an error the job is over and has left nothing behind.
  virtual std::string step() = 0;
  // True once the last slice has written the output into place.
  virtual bool finished() const = 0;
  virtual int64_t done() const = 0;
  virtual int64_t total() const = 0;
  // Stops and removes whatever was written so far: no partial file, no temporary file.
  virtual void cancel() = 0;
  // What was written, once finished: "PATH: 30 frames, 3.0 s at 10 fps, 640x360".
  virtual std::string summary() const = 0;
  // Something the user should know about the output (events left out, say), or "".
  virtual std::string note() const { return {}; }
  // True when the job draws nothing: it may then run on a worker thread.
  virtual bool rendersNothing() const { return false; }
};

// Steps `job` to its end, reporting after every slice. Returns an error, or "" when the output is
// in place; when `progress` says stop, the job is cancelled and `*cancelled` set.
std::string runExportJob(ExportJob& job, const ExportProgress& progress, bool* cancelled = nullptr);

// A job written as one function that reports its own progress (`progress` returns false to stop):
// it runs whole in its first step, so a host that steps jobs sees it as a single slice, and
// `progress` goes on to `onProgress` (which the app uses to keep drawing). `discard` removes
// what the function left when it was stopped or failed (atomic writers leave nothing anyway).
class FunctionJob : public ExportJob {
 public:
  using Body = std::function<std::string(const ExportProgress& progress)>;
  FunctionJob(std::string path, Body body, ExportProgress onProgress = {});
  std::string step() override;
  bool finished() const override { return finished_; }
  int64_t done() const override { return done_; }
  int64_t total() const override { return total_; }
  void cancel() override { cancelled_ = true; }
  std::string summary() const override { return path_ + ": written"; }

 private:
  std::string path_;
  Body body_;
  ExportProgress onProgress_;
  int64_t done_ = 0, total_ = 1;
  bool finished_ = false, cancelled_ = false;
};

}  // namespace itinera

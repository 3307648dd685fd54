// Running a job to its end, and the adapter for jobs written as one function.
#include "outputs/export_job.h"

namespace itinera {

std::string runExportJob(ExportJob& job, const ExportProgress& progress, bool* cancelled) {
  if (cancelled) *cancelled = false;
  while (!job.finished()) {
    if (progress && !progress(job.done(), job.total())) {
      job.cancel();
      if (cancelled) *cancelled = true;
      return {};
    }
    if (std::string error = job.step(); !error.empty()) return error;
  }
  if (progress) progress(job.done(), job.total());
  return {};
}

FunctionJob::FunctionJob(std::string path, Body body, ExportProgress onProgress)
    : path_(std::move(path)), body_(std::move(body)), onProgress_(std::move(onProgress)) {}

std::string FunctionJob::step() {
  if (finished_) return {};
  std::string error = body_([this](int64_t done, int64_t total) {
    done_ = done, total_ = total;
    if (onProgress_ && !onProgress_(done, total)) cancelled_ = true;
    return !cancelled_;
  });
  if (!error.empty() || cancelled_) return error.empty() ? path_ + ": cancelled" : error;
  finished_ = true;
  done_ = total_;
  return {};
}

}  // namespace itinera

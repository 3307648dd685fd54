// What the Export menu offers and asks for: the kinds of output, a request's options checked
// before anything is written, and the job that makes each kind. A new kind of output is a new
// job file, a row in exportKinds() and a case in makeExportJob().
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/story/briefing.h"
#include "outputs/export_job.h"
#include "render/headless_renderer.h"

namespace itinera {

enum class ExportKind { Mp4, Gif, SlidesPdf, SlidesPng, Calendar, Spreadsheet, GeoPackage, Kml };

struct ExportKindInfo {
  ExportKind kind;
  const char* title;      // as the menu shows it: "Video (MP4)"
  const char* suffix;     // what a file name ends with: ".mp4", or "-slides/" for a folder
  const char* about;      // one line on what the file holds
  bool draws;             // drawn by a renderer (else written on a worker thread)
  bool timed;             // has a frame rate and a length
};
const std::vector<ExportKindInfo>& exportKinds();
const ExportKindInfo& exportKindInfo(ExportKind kind);

struct ExportRequest {
  ExportKind kind = ExportKind::Mp4;
  std::string path;
  Viewport size{1920, 1080};
  int fps = 30;
  double seconds = 90;  // the whole trip in this long
};

// The options a kind starts with, and a file named after the trip in `folder`.
ExportRequest defaultExportRequest(ExportKind kind, const std::string& tripPath, const std::string& folder);
// `path` with its ending changed to `kind`'s (a folder for PNG slides).
std::string pathForKind(const std::string& path, ExportKind kind);

// The request's problem (a name that is not the kind's, a size or rate the format cannot take, a
// folder that does not exist or cannot be written), naming the option and value; "" if none.
std::string exportRequestProblem(const ExportRequest& request);
// A file output's check: `path`'s folder exists and can be written to; the error names -o.
std::string outputFolderProblem(const std::string& path);

// The size of the renderer the request's job draws with; nullopt for a kind that draws nothing.
std::optional<Viewport> exportRendererSize(const ExportRequest& request);

// The job for a checked request. `briefing` and `renderer` (of exportRendererSize(), or null for
// a kind that draws nothing) must outlive it. Opens the output (under a temporary name).
std::unique_ptr<ExportJob> makeExportJob(const ExportRequest& request, Briefing& briefing, HeadlessRenderer* renderer,
                                         std::string* error);

}  // namespace itinera

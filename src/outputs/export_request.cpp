// The kinds of output, their defaults and checks, and the job each kind runs.
#include "outputs/export_request.h"

#include <unistd.h>

#include <filesystem>

#include "export/slide_deck.h"
#include "export/video_format.h"
#include "interchange/interchange_format.h"
#include "outputs/interchange_job.h"
#include "outputs/slides_job.h"
#include "outputs/video_job.h"

namespace itinera {
namespace {

std::optional<InterchangeFormat> interchangeFormatOf(ExportKind kind) {
  switch (kind) {
    case ExportKind::Calendar: return InterchangeFormat::Calendar;
    case ExportKind::Spreadsheet: return InterchangeFormat::Spreadsheet;
    case ExportKind::GeoPackage: return InterchangeFormat::GeoPackage;
    case ExportKind::Kml: return InterchangeFormat::Kml;
    default: return std::nullopt;
  }
}

bool isVideo(ExportKind kind) { return kind == ExportKind::Mp4 || kind == ExportKind::Gif; }
bool isSlides(ExportKind kind) { return kind == ExportKind::SlidesPdf || kind == ExportKind::SlidesPng; }
VideoFormat videoFormatOf(ExportKind kind) { return kind == ExportKind::Gif ? VideoFormat::Gif : VideoFormat::Mp4; }

// A folder is checked as a file in its parent: that is where it is built and renamed.
std::string withoutTrailingSlash(const std::string& path) {
  return path.size() > 1 ? path.substr(0, path.find_last_not_of('/') + 1) : path;
}

}  // namespace

const std::vector<ExportKindInfo>& exportKinds() {
  static const std::vector<ExportKindInfo> kinds{
      {ExportKind::Mp4, "Video (MP4)", ".mp4", "The story as presenter mode plays it, for slides and browsers.", true, true},
      {ExportKind::Gif, "Animated GIF", ".gif", "The story as presenter mode plays it, small, for e-mail and chat.", true, true},
      {ExportKind::SlidesPdf, "Slides (PDF)", "-slides.pdf", "One slide per card: the map beside the card's text.", true, false},
      {ExportKind::SlidesPng, "Slides (PNG folder)", "-slides/", "One numbered PNG per card, in a new folder.", true, false},
      {ExportKind::Calendar, "Calendar (ICS)", ".ics", "One calendar event per dated event, for Outlook and Thunderbird.", false, false},
      {ExportKind::Spreadsheet, "Spreadsheet (CSV)", ".csv", "One row per event, for Excel and LibreOffice.", false, false},
      {ExportKind::GeoPackage, "GeoPackage", ".gpkg", "Places, events, legs and positions, for QGIS.", false, false},
      {ExportKind::Kml, "KML (Google Earth)", ".kml", "Placemarks, legs and a tour of the story, for Google Earth.", false, false},
  };
  return kinds;
}

const ExportKindInfo& exportKindInfo(ExportKind kind) {
  for (const ExportKindInfo& info : exportKinds())
    if (info.kind == kind) return info;
  return exportKinds().front();
}

std::string pathForKind(const std::string& path, ExportKind kind) {
  std::filesystem::path p = withoutTrailingSlash(path);
  std::string stem = p.stem().string();
  for (const ExportKindInfo& info : exportKinds()) {  // the ending of the kind it was, if any
    std::string suffix = withoutTrailingSlash(info.suffix);
    std::string name = p.filename().string();
    if (name.size() > suffix.size() && name.ends_with(suffix)) stem = name.substr(0, name.size() - suffix.size());
  }
  if (stem.empty()) stem = "trip";
  return (p.parent_path() / (stem + exportKindInfo(kind).suffix)).string();
}

ExportRequest defaultExportRequest(ExportKind kind, const std::string& tripPath, const std::string& folder) {
  ExportRequest r;
  r.kind = kind;
  std::string stem = tripPath.empty() ? "trip" : std::filesystem::path(tripPath).stem().string();
  r.path = pathForKind((std::filesystem::path(folder) / stem).string(), kind);
  if (isVideo(kind)) {
    r.size = defaultVideoSize(videoFormatOf(kind));
    r.fps = defaultVideoFps(videoFormatOf(kind));
  }
  r.seconds = kDefaultVideoSeconds;
  return r;
}

std::string outputFolderProblem(const std::string& path) {
  std::filesystem::path p = path;
  std::filesystem::path dir = p.has_parent_path() ? p.parent_path() : ".";
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) return "-o " + path + ": no directory '" + dir.string() + "'";
  if (access(dir.c_str(), W_OK) != 0) return "-o " + path + ": directory '" + dir.string() + "' is not writable";
  return {};
}

std::string exportRequestProblem(const ExportRequest& r) {
  if (r.path.empty()) return "-o: no file name given";
  if (isVideo(r.kind)) {
    auto format = videoFormatForPath(r.path);
    if (!format) return format.error();
    if (format.value() != videoFormatOf(r.kind)) return "-o " + r.path + ": expected a name ending in " + exportKindInfo(r.kind).suffix;
    if (auto problem = checkVideoSettings(format.value(), r.size.width, r.size.height, r.fps); !problem.empty()) return problem;
    if (!(r.seconds > 0 && r.seconds <= kMaxVideoSeconds))
      return "--seconds " + std::to_string(r.seconds) + ": the length must be above 0 and at most " +
             std::to_string(int(kMaxVideoSeconds)) + " seconds";
  } else if (isSlides(r.kind)) {
    auto format = slideFormatForPath(r.path);
    if (!format) return format.error();
    if ((format.value() == SlideFormat::Pdf) != (r.kind == ExportKind::SlidesPdf))
      return "-o " + r.path + ": expected a name ending in " + exportKindInfo(r.kind).suffix;
    if (r.size.width < 16 || r.size.height < 16 || r.size.width > 8192 || r.size.height > 8192)
      return "--size " + std::to_string(r.size.width) + "x" + std::to_string(r.size.height) +
             ": expected a size from 16x16 to 8192x8192";
  } else if (auto format = interchangeFormatOf(r.kind)) {
    if (auto checked = interchangeOutput(*format, r.path); !checked) return checked.error();
  }
  return outputFolderProblem(withoutTrailingSlash(r.path));
}

std::optional<Viewport> exportRendererSize(const ExportRequest& r) {
  if (isVideo(r.kind)) return r.size;
  if (isSlides(r.kind)) return slideMapSize(r.size);
  return std::nullopt;
}

std::unique_ptr<ExportJob> makeExportJob(const ExportRequest& r, Briefing& briefing, HeadlessRenderer* renderer,
                                         std::string* error) {
  if (auto format = interchangeFormatOf(r.kind))
    return std::make_unique<InterchangeJob>(briefing.snapshot(), *format, r.path);
  if (!renderer) {
    *error = r.path + ": no renderer to draw with";
    return nullptr;
  }
  if (isVideo(r.kind))
    return VideoJob::create(briefing, *renderer, {r.path, videoFormatOf(r.kind), r.size, r.fps, r.seconds, std::nullopt},
                            error);
  return SlidesJob::create(briefing, *renderer, {r.path, r.size}, error);
}

}  // namespace itinera

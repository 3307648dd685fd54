// The Export dialog: what to make (video, slides, calendar, spreadsheet, GeoPackage, KML), where
// to save it and its main options; while the export runs, its progress and Cancel; then where
// the file is, or what went wrong. It only asks: ExportSession does the work.
#pragma once

#include <string>
#include <vector>

#include "app/export_session.h"
#include "core/io/app_state.h"
#include "outputs/export_request.h"

namespace itinera {

class ExportDialog {
 public:
  // Files are offered in `folder`, named after `tripPath`.
  ExportDialog(std::string tripPath, std::string folder);

  void open() { open_ = true; }
  void close() { open_ = false; }
  bool isOpen() const { return open_; }

  struct Action {
    bool start = false, cancel = false;
  };
  // Draws the dialog, when open, centred in a window of `width` x `height` at UI scale `s`.
  Action draw(const ExportSession& session, float width, float height, float s);
  const ExportRequest& request() const { return request_; }
  // Where its controls were last drawn, by centre: for the state file.
  const std::vector<AppState::Button>& controls() const { return controls_; }

 private:
  void chooseKind(ExportKind kind);
  void drawOptions(float labelWidth, float s);
  void drawStatus(const ExportSession& session);
  Action drawButtons(const ExportSession& session, float s);
  void noteControl(const char* label);

  std::string tripPath_, folder_;
  ExportRequest request_;
  std::string path_;  // as typed
  bool open_ = false;
  std::vector<AppState::Button> controls_;
};

}  // namespace itinera

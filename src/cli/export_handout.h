// The briefing book as a job: its maps rendered offscreen by the screen's renderer, the book laid
// out (export/handout_layout.h) and written atomically. `itinera export handout` runs it once;
// the app's Export menu can run it with a progress bar and Cancel.
#pragma once

#include <functional>
#include <string>

#include "core/story/briefing.h"
#include "export/handout_layout.h"
#include "render/headless_renderer.h"

namespace itinera {

struct HandoutOptions {
  std::string path;  // the PDF to write
  Paper paper = Paper::A4;
};

struct HandoutOutcome {
  enum class Status { Done, Cancelled, Failed };
  Status status = Status::Done;
  std::string message;  // Failed: what went wrong, naming the file
  int pages = 0;        // Done: pages written
};

// The renderer's size and UI scale the book's maps want (print resolution).
inline Viewport handoutMapSize() { return {kHandoutMapWidthPx, kHandoutMapHeightPx}; }

// Renders the cover's and each day's map with `renderer` (made at handoutMapSize() and
// kHandoutMapUiScale), lays out the book and writes options.path atomically. `progress(done,
// total)` is called after each step; when it returns false the job stops and writes nothing.
// The briefing's playback time is left as it was.
HandoutOutcome exportHandout(HeadlessRenderer& renderer, Briefing& briefing, const HandoutOptions& options,
                             const std::function<bool(int done, int total)>& progress);

}  // namespace itinera

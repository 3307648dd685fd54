// The interactive application: window, event loop, and what is on screen.
#pragma once

#include <SDL.h>

#include <memory>

#include "core/app_state.h"
#include "core/command_line.h"
#include "core/map_data.h"
#include "core/views.h"
#include "render/gl_window.h"
#include "render/map_view.h"
#include "render/ui_context.h"

namespace itinera {

struct AppOptions {
  NamedView view;
  Viewport size{1600, 900};
  std::string crs;
  std::string stateFile;
  bool vsync = true;
};

// How long each start-up step took, for the benchmark.
struct StartupTimings {
  BasemapTimings read;
  double tessellateMs = 0, loadMs = 0, windowMs = 0, initMs = 0;
};

class MapApp {
 public:
  // Loads the map on a worker thread while the window opens, then uploads it.
  static Result<std::unique_ptr<MapApp>> start(const AppOptions& options, StartupTimings* timings = nullptr);

  MapApp(GlWindow window, std::unique_ptr<MapData> data, const NamedView& view, std::string stateFile = "");
  ~MapApp();
  Result<bool> init();
  // Runs until the window closes; draws only when something changed.
  void run();
  // Draws one frame now (with `camera` if given) and waits for it to finish: for the benchmark.
  void renderFrame(const Camera* camera);
  const MapData& data() const { return *data_; }
  // Blocks until the levels of detail built in the background are uploaded.
  void waitForAllLevels();
  Viewport drawableSize() const;

 private:
  bool waitForEvents();  // true if something changed
  bool handleEvent(const SDL_Event& e);  // true if the frame must be redrawn
  bool handleKey(const SDL_Keysym& key);
  void drawFrame();
  void drawToolbar();
  void showView(const NamedView& view);
  AppState currentState() const;

  GlWindow window_;
  std::unique_ptr<MapData> data_;
  std::unique_ptr<UiContext> ui_;
  std::unique_ptr<MapView> view_;
  Camera camera_;
  NamedView initialView_;
  std::string viewName_;
  StateFileWriter stateFile_;
  bool dragging_ = false;
  bool quit_ = false;
  int framesToDraw_ = 2;  // ImGui settles hover state over a frame or two after input
};

}  // namespace itinera

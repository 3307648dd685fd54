// The interactive application: window, event loop, and what is on screen.
#pragma once

#include <SDL.h>

#include <memory>
#include <optional>

#include "app/export_dialog.h"
#include "app/export_session.h"
#include "core/io/app_state.h"
#include "core/story/briefing.h"
#include "core/camera/camera_bounds.h"
#include "core/camera/story_director.h"
#include "core/frame/idle_pointer.h"
#include "core/frame/view_state.h"
#include "core/geo/map_data.h"
#include "core/camera/views.h"
#include "render/gl_window.h"
#include "render/map_view.h"
#include "render/ui_context.h"
#include "app/presenter_window.h"
#include "app/trip_editor.h"
#include "ui/briefing_screen.h"

namespace itinera {

struct AppOptions {
  NamedView view;
  std::vector<NamedView> views;  // the trip's: the toolbar's buttons and the number keys
  bool viewChosen = false;  // --view given: the user frames the map, the story does not
  Viewport size{1600, 900};
  std::string crs;
  std::string stateFile;
  std::string tripPath;     // empty: the map alone
  std::optional<std::string> at;
  std::vector<std::string> sourceDirs;
  TripLoadOptions tripLoad;  // the checks the trip must pass, the same as `validate`'s
  bool vsync = true;
  std::optional<int> presenterDisplay;  // --presenter-display: present, the presenter view on this display
  std::optional<float> uiScale;          // --ui-scale; else the display's DPI sets the UI's scale
  bool edit = false;                     // --edit: open with the Edit panel
  ReferenceZone referenceZone = ReferenceZone::Home;  // --zone: the zone the slider's days follow
};

// How long each start-up step took, for the benchmark.
struct StartupTimings {
  BasemapTimings read;
  double tessellateMs = 0, loadMs = 0, windowMs = 0, uiMs = 0, initMs = 0;
};

class MapApp {
 public:
  // Loads the map on a worker thread while the window opens, then uploads it.
  static Result<std::unique_ptr<MapApp>> start(const AppOptions& options, StartupTimings* timings = nullptr);
  ~MapApp();

  // Runs until the window closes or SIGINT/SIGTERM arrives; draws only when something
  // changed. Returns the exit code: 0, or 128 + the signal.
  int run();
  // Draws one frame now (with `camera` if given) and waits for it to finish: for the benchmark.
  void renderFrame(const Camera* camera);
  // Draws only the basemap with `camera`, no labels, trip or windows, and waits for it: the
  // benchmark's measure of what the map alone costs.
  void renderBasemapOnly(const Camera& camera);
  // The software floor: one opaque full-window pass, swapped and finished like a frame. What
  // any frame costs at the least on this driver and size, to give frame times as a ratio.
  void renderFloorFrame();
  const MapData& data() const { return *data_; }
  Briefing* briefing() { return briefing_.get(); }
  // What this window shows of the briefing: its selection and modes.
  ViewState& viewState() { return viewState_; }
  Viewport drawableSize() const;
  // Blocks until the levels of detail built in the background are uploaded.
  void waitForAllLevels();

 private:
  MapApp(GlWindow window, std::unique_ptr<UiContext> ui, std::unique_ptr<MapData> data, AppOptions options);
  Result<bool> init();
  // Handles pending events, first waiting for one when `idle`; true if something changed.
  bool waitForEvents(bool idle);
  bool handleEvent(const SDL_Event& e);
  bool handleKey(const SDL_Keysym& key);
  // Tab, Shift+Tab, Up, Down, Enter and Esc where a panel has the focus or a popup is open.
  bool handleFocusKey(const SDL_Keysym& key);
  bool handleMouse(const SDL_Event& e);
  // Before each frame: the camera, however it moved, sees only what the basemap covers.
  void keepCameraInside();
  void takeControl();  // the user moved the map: stop following the story
  // Presenter mode's idle pointer (map_input.cpp): the cursor, hover tips and hover highlights
  // hidden or shown as the rule says at this moment; true when that changed, to draw again.
  bool updatePointer();
  static double secondsNow();  // SDL's steady clock, in seconds
  void setPresenter(bool on);
  // Presenter mode: shows the sequence's card `index` (clamped), its moment on the map.
  void showCard(size_t index);
  // Presenter keys: stepping through the cards, the ends, blanking; true if handled.
  bool handlePresenterKey(const SDL_Keysym& key);
  // The presenter view (map_presenter_view.cpp): a second window on `display`, by default the
  // display the audience window is not on; opening it starts presenting.
  Result<bool> checkPresenterDisplay(int display) const;
  void openPresenterView(std::optional<int> display);
  void closePresenterView();
  void togglePresenterView();
  bool handlePresenterViewEvent(const SDL_Event& e);
  bool handlePresenterToggleRelease(const SDL_Event& e);  // P let go after a press, in either window
  void drawPresenterView();
  bool presenterViewStale() const;  // its clocks have moved on since it was drawn
  // Edit mode (map_editing.cpp): the Edit panel, its keys, adding and dragging places.
  void toggleEditor();
  void drawEditor();
  bool handleEditKey(const SDL_Keysym& key);
  bool handleEditMouse(const SDL_Event& e);
  bool quitAllowed();  // asks about unsaved edits first
  void describePresenterView(AppState& state) const;
  // Moves the trip's clock and the camera's flight on by the time since the last call; true
  // while something moves on its own.
  bool advanceClock();
  void followStory(bool immediately);
  void drawFrame();
  void flushStateFile();
  void drawToolbar();
  void drawProblems();
  // The Export dialog; what it asks for is done after the frame, outside the window's UI frame.
  void drawExport();
  void actOnExport();
  void showView(const NamedView& view);
  Rect mapArea() const;
  // Where the story is framed: the map area below the toolbar, so no place hides under it
  // (the same area `render --follow --ui` frames it in).
  Rect storyArea() const;
  bool panelsOpened() const;  // a narrow window's side column, opened (screen_layout.h)
  // The caption, legend and folded tab over the map, which the story and views keep clear of.
  std::vector<Rect> panelsOverStory() const;
  FrameParams frameParams() const;
  AppState currentState() const;

  GlWindow window_;
  std::unique_ptr<MapData> data_;
  AppOptions options_;
  std::unique_ptr<UiContext> ui_;
  std::unique_ptr<MapView> view_;
  std::unique_ptr<Briefing> briefing_;
  ViewState viewState_;
  std::unique_ptr<BriefingScreen> screen_;
  std::string tripProblems_;  // shown in a window when the trip could not be loaded
  Camera camera_;
  std::optional<CameraBounds> cameraBounds_;  // the map's covered area, found on the first frame
  std::unique_ptr<StoryDirector> story_;  // with a trip
  std::unique_ptr<ExportSession> export_;  // with a trip: the Export menu's export
  std::unique_ptr<ExportDialog> exportDialog_;
  ExportDialog::Action exportAction_;
  static constexpr int kSignalCheckMs = 100;   // how often an idle app looks for SIGINT/SIGTERM
  static constexpr double kExportSliceMs = 15;  // the export's share of the time between frames
  Rect toolbar_;  // where the view toolbar was last drawn; empty while hidden
  Rect moreViews_;  // its menu button of the views that do not fit; empty without one
  Backdrop floor_;  // renderFloorFrame's pass
  std::optional<TimelineBarResult> slider_;  // where the slider was last drawn
  std::string viewName_;
  StateFileWriter stateFile_;
  Uint64 lastTick_ = 0;
  bool dragging_ = false, dragged_ = false;
  bool quit_ = false;
  bool keysShown_ = false;  // the list of keys (?)
  std::unique_ptr<TripEditor> editor_;  // while editing
  std::string draggedPlace_;  // the place being dragged in edit mode
  std::unique_ptr<PresenterWindow> presenterView_;  // the presenter's window, while open
  std::string presenterViewDrawn_;  // the clocks it showed when last drawn
  // P toggles the presenter view on its release (map_input.cpp): a window opened on the press
  // takes the keyboard focus while P is still down, and its repeats would close it again.
  bool presenterKeyDown_ = false;
  IdlePointer idlePointer_;
  bool pointerHidden_ = false;  // as last applied to the cursor and the windows' UIs
  int framesToDraw_ = 2;
  // Render on demand goes on until ImGui has settled: a frame that drew differently from the
  // one before (a popup opening, a window fitting its new content) is followed by another,
  // at most kSettlingFrames in a row.
  static constexpr int kSettlingFrames = 8;
  uint64_t lastDrawSignature_ = 0;
  int settlingFrames_ = 0;
  void settle();
  long framesDrawn_ = 0;  // ImGui settles hover state over a frame or two after input
};

}  // namespace itinera

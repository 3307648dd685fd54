// The app's life: start-up, the on-demand frame loop, the clock and the camera following
// the story. Input handling is in map_input.cpp.
#include "app/map_app.h"

#include <backends/imgui_impl_sdl.h>

#include <chrono>
#include <cmath>
#include <filesystem>
#include <future>
#include <iostream>
#include <string_view>

#include "core/io/data_directory.h"
#include "core/layout/screen_layout.h"
#include "core/camera/story_camera.h"
#include "core/story/card_frame.h"
#include "core/story/story_legend.h"
#include "core/story/trip_state.h"
#include "render/interruption.h"
#include "render/window_events.h"
#include "ui/key_help.h"

namespace itinera {

MapApp::MapApp(GlWindow window, std::unique_ptr<UiContext> ui, std::unique_ptr<MapData> data, AppOptions options)
    : window_(std::move(window)),
      data_(std::move(data)),
      options_(std::move(options)),
      ui_(std::move(ui)),
      stateFile_(options_.stateFile) {}

MapApp::~MapApp() {
  // Quitting does not wait for finer levels of detail nobody will see.
  data_->cancelOtherLevels = true;
  export_.reset();  // an export under way is cancelled: nothing is left of it
  presenterView_.reset();
  window_.makeCurrent();
  screen_.reset();
  view_.reset();
  ui_.reset();
}

Result<bool> MapApp::init() {
  float scale = ui_->scale();
  auto view = MapView::create(*data_, ui_->fonts(), scale);
  if (!view) return Error{view.error()};
  view_ = std::move(view.value());
  if (!options_.tripPath.empty()) {
    auto briefing = Briefing::load(options_.tripPath, options_.sourceDirs, options_.tripLoad);
    if (briefing) {
      briefing_ = std::move(briefing.value());
      briefing_->setReferenceZone(options_.referenceZone);
      screen_ = std::make_unique<BriefingScreen>(*briefing_, *view_, ui_->fonts(), scale);
      std::string title = tripHeading(briefing_->trip(), briefing_->clock()) + " - Itinera";
      SDL_SetWindowTitle(window_.window(), title.c_str());
      if (options_.at) {
        std::string error;
        auto t = parseTripTime(briefing_->trip(), briefing_->clock(), *options_.at, &error);
        if (!t) return Error{"--at: " + error};
        briefing_->playback().seek(double(*t));
      }
      viewState_.follow = !options_.viewChosen;
      story_ = std::make_unique<StoryDirector>(briefing_->trip(), briefing_->timeline(), data_->projection);
      export_ = std::make_unique<ExportSession>(window_, *data_, textsOfTripFile(options_.tripPath));
      exportDialog_ = std::make_unique<ExportDialog>(options_.tripPath, std::filesystem::current_path().string());
    } else {
      tripProblems_ = briefing.error();
    }
  }
  showView(options_.view);
  // Edits a crash left unsaved are offered back at once.
  if (options_.edit || TripDocument::recoverable(options_.tripPath)) toggleEditor();
  if (briefing_ && viewState_.follow) followStory(true);
  if (briefing_ && options_.presenterDisplay) {
    if (auto ok = checkPresenterDisplay(*options_.presenterDisplay); !ok) return ok;
    openPresenterView(options_.presenterDisplay);
  }
  lastTick_ = SDL_GetTicks64();
  return true;
}

Viewport MapApp::drawableSize() const {
  Viewport v;
  SDL_GL_GetDrawableSize(window_.window(), &v.width, &v.height);
  return v;
}

Rect MapApp::mapArea() const {
  return screenLayout(camera_.viewport, ui_->scale(), briefing_ && viewState_.presenter, briefing_ != nullptr,
                      panelsOpened())
      .mapArea;
}

std::vector<Rect> MapApp::panelsOverStory() const {
  return itinera::panelsOverStory(camera_.viewport, ui_->scale(), briefing_ && viewState_.presenter, briefing_ != nullptr,
                                  panelsOpened(), viewState_.legend, viewState_.legendChosen,
                                  screen_ ? screen_->legend().rows() : kLegendRows);
}

bool MapApp::panelsOpened() const { return screen_ && screen_->panelsOpened(viewState_.selectedPlace); }

Rect MapApp::storyArea() const {
  // The toolbar's band is estimated in the core, not measured, so the first frame is framed
  // as every later one and as `render --follow --ui` frames it.
  return itinera::storyArea(camera_.viewport, ui_->scale(), briefing_ && viewState_.presenter, briefing_ != nullptr,
                            true, panelsOpened());
}

FrameParams MapApp::frameParams() const {
  // The toolbar is drawn after the map; its place from the last frame is where it will be.
  std::vector<Rect> windowsOnMap;
  if (!viewState_.presenter && toolbar_.height > 0) windowsOnMap.push_back(toolbar_);
  return itinera::frameParams(viewState_, briefing_->playback().time(), camera_, true, ui_->scale(),
                              std::move(windowsOnMap));
}

void MapApp::showView(const NamedView& view) {
  camera_.viewport = drawableSize();
  // Clear of the caption and the legend, as the story is: a view's places are not hidden under them.
  camera_ = briefing_ ? cameraFramingClearOf(projectedBox(view, data_->projection), camera_.viewport, mapArea(),
                                             panelsOverStory(), kViewFrameMargin)
                      : cameraFraming(projectedBox(view, data_->projection), camera_.viewport, mapArea());
  viewName_ = view.name;
  if (story_) story_->stop();
}

AppState MapApp::currentState() const {
  AppState s;
  s.view = viewName_;
  s.centre = data_->projection.toLonLat(camera_.center);
  s.metresPerPixel = camera_.metresPerPixel;
  s.framesDrawn = framesDrawn_;
  if (briefing_) {
    s.time = briefing_->isoTime(briefing_->playback().time());
    s.referenceZoneMode = toString(briefing_->referenceZone());
    s.referenceZone = briefing_->referenceClock(int64_t(briefing_->playback().time())).zoneName();
    s.selectedPlace = viewState_.selectedPlace;
    if (!s.selectedPlace.empty())
      for (const Event* e : briefing_->trip().eventsAt(s.selectedPlace, true)) s.detailEvents.push_back(e->id);
    s.playing = briefing_->playback().playing();
    s.presenter = viewState_.presenter;
    if (s.presenter && !screen_->sequence().empty())
      s.card = screen_->sequence()[std::min(viewState_.card, screen_->sequence().size() - 1)].id;
    s.blank = s.presenter && viewState_.blank;
    describePresenterView(s);
    s.follow = viewState_.follow;
    s.legend = viewState_.legend;
    s.focus = screen_->panels().focusName();
    s.clusterPlaces = screen_->clusterPlaces();
    ScreenRect legend = screen_->legendRect();
    if (legend.x1 > legend.x0) s.legendRect = {legend.x0, legend.y0, legend.x1 - legend.x0, legend.y1 - legend.y0};
  }
  s.keysShown = keysShown_;
  if (auto at = ui_->pointer()) s.pointer = {at->x, at->y};
  s.uiScale = ui_->scale();
  if (editor_) s.edit = editor_->state();
  if (toolbar_.height > 0) s.toolbar = {toolbar_.x, toolbar_.y, toolbar_.width, toolbar_.height};
  if (moreViews_.height > 0) s.moreViews = {moreViews_.x, moreViews_.y, moreViews_.width, moreViews_.height};
  if (export_) {
    s.exportJob = export_->status();
    s.exportJob.dialog = exportDialog_->isOpen();
    s.exportJob.controls = exportDialog_->controls();
  }
  if (slider_) {
    ImVec2 min = slider_->trackMin, max = slider_->trackMax;
    s.sliderTrack = {min.x, min.y, max.x - min.x, max.y - min.y};
    for (const auto& [label, centre] : slider_->dayButtons) s.dayButtons.push_back({label, centre.x, centre.y});
  }
  return s;
}

void MapApp::followStory(bool immediately) {
  if (!briefing_ || !viewState_.follow) return;
  bool presenting = viewState_.presenter;
  // Presenter mode frames a day overview card on its day's places, as the video and slides do.
  MapBox frame = presenting ? presentedFrame(briefing_->trip(), briefing_->timeline(), data_->projection,
                                             screen_->sequence(), viewState_.card, briefing_->playback().time())
                            : storyFrame(briefing_->trip(), briefing_->timeline(), data_->projection,
                                         briefing_->playback().time());
  story_->followFrame(camera_, frame, storyArea(), immediately, panelsOverStory());
}

bool MapApp::advanceClock() {
  // The window's measured step; an export passes 1/fps to the same calls instead.
  Uint64 now = SDL_GetTicks64();
  double dt = (now - lastTick_) / 1000.0;
  lastTick_ = now;
  bool moving = false;
  if (briefing_ && briefing_->playback().playing()) {
    briefing_->playback().advance(std::min(dt, 0.1));
    followStory(false);
    moving = true;
  }
  return (story_ && story_->advance(camera_, dt)) || moving;
}

void MapApp::setPresenter(bool on) {
  if (!briefing_ || viewState_.presenter == on) return;
  viewState_.presenter = on;
  viewState_.blank = false;
  idlePointer_.setActive(on, secondsNow());
  if (on) {  // the card of the moment shown, so presenting starts where the user was
    const StorySequence& cards = screen_->sequence();
    const SequenceCard* card = sequenceCardAt(cards, briefing_->playback().time());
    viewState_.card = card ? size_t(card - cards.data()) : 0;
    briefing_->playback().setPlaying(false);
    // The presenter's own screen: on the other display when there is one, and the time
    // presenting counts from now.
    if (!presenterView_ && SDL_GetNumVideoDisplays() > 1) openPresenterView(std::nullopt);
    if (presenterView_) presenterView_->restartClock();
  } else {
    closePresenterView();
  }
  window_.setFullScreen(on);
  story_->frameAnew();
  followStory(false);
}

void MapApp::showCard(size_t index) {
  const StorySequence& cards = screen_->sequence();
  if (cards.empty()) return;
  viewState_.card = std::min(index, cards.size() - 1);
  viewState_.blank = false;
  briefing_->playback().setPlaying(false);
  briefing_->playback().seek(double(cards[viewState_.card].time));
  followStory(false);
}

void MapApp::drawToolbar() {
  const float margin = float(toolbarMargin(ui_->scale()));
  ImGui::SetNextWindowPos({margin, margin});
  ImGui::Begin("Views", nullptr, ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoMove |
                                     ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoSavedSettings);
  // The views keep to the toolbar's usual width, clear of the caption; a trip with many (one
  // per city) shows the first as buttons and the rest in a menu.
  const ImGuiStyle& style = ImGui::GetStyle();
  const char* moreLabel = "More views…";
  std::vector<double> widths;
  for (const NamedView& v : options_.views) widths.push_back(ImGui::CalcTextSize(v.title.c_str()).x + 2 * style.FramePadding.x);
  const float menuWidth = ImGui::CalcTextSize(moreLabel).x + 2 * style.FramePadding.x;
  moreViews_ = {};
  const size_t buttons = viewButtonsThatFit(widths, style.ItemSpacing.x, menuWidth,
                                            toolbarUsualWidth(ui_->scale()) - 2 * style.WindowPadding.x);
  auto choose = [&](const NamedView& view) {
    showView(view);
    viewState_.follow = false;
  };
  for (size_t i = 0; i < buttons; ++i) {
    if (i) ImGui::SameLine();
    ImGui::PushID(int(i));
    if (ImGui::Button(options_.views[i].title.c_str())) choose(options_.views[i]);
    ImGui::PopID();
  }
  if (buttons < options_.views.size()) {
    ImGui::SameLine();
    if (ImGui::Button(moreLabel)) ImGui::OpenPopup("more views");
    ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    moreViews_ = {min.x, min.y, max.x - min.x, max.y - min.y};
    ImGui::SetNextWindowPos({min.x, max.y});  // a list dropping from its button
    if (ImGui::BeginPopup("more views")) {
      for (size_t i = buttons; i < options_.views.size(); ++i) {
        ImGui::PushID(int(i));
        if (ImGui::Selectable(options_.views[i].title.c_str())) choose(options_.views[i]);
        ImGui::PopID();
      }
      ImGui::EndPopup();
    }
  }
  if (briefing_) {
    if (ImGui::Checkbox("Follow the story", &viewState_.follow) && viewState_.follow) {
      story_->frameAnew();
      followStory(false);
    }
    ImGui::SameLine();
    if (ImGui::Button("Present (F5)")) setPresenter(true);
    referenceZoneToggle(*briefing_);
    ImGui::SameLine();
    char label[48];  // the export's progress shows here while its dialog is closed
    if (export_->running()) std::snprintf(label, sizeof label, "Export… %d%%###export", int(export_->fraction() * 100));
    else std::snprintf(label, sizeof label, "Export…###export");
    if (ImGui::Button(label)) exportDialog_->open();
  }
  ImVec2 pos = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
  toolbar_ = ImGui::IsWindowAppearing() ? Rect{} : Rect{pos.x, pos.y, size.x, size.y};  // still measuring itself
  ImGui::End();
}

void MapApp::drawProblems() {
  if (tripProblems_.empty()) return;
  ImGui::SetNextWindowPos({float(camera_.viewport.width) / 2, float(camera_.viewport.height) / 2}, ImGuiCond_Appearing,
                          {0.5f, 0.5f});
  ImGui::SetNextWindowSize({760 * ui_->scale(), 360 * ui_->scale()}, ImGuiCond_Appearing);
  bool open = true;
  ImGui::Begin("The trip could not be loaded", &open, ImGuiWindowFlags_NoSavedSettings);
  ImGui::TextWrapped("The map still works. Fix these problems in the file and start again:");
  ImGui::Separator();
  ImGui::TextUnformatted(tripProblems_.c_str());
  ImGui::End();
  if (!open) tripProblems_.clear();
}

void MapApp::drawExport() {
  if (!exportDialog_) return;
  ExportDialog::Action action =
      exportDialog_->draw(*export_, float(camera_.viewport.width), float(camera_.viewport.height), ui_->scale());
  exportAction_.start |= action.start;
  exportAction_.cancel |= action.cancel;
}

void MapApp::actOnExport() {
  ExportDialog::Action action = std::exchange(exportAction_, {});
  if (action.cancel) export_->cancel();
  if (action.start) export_->start(exportDialog_->request(), *briefing_);
  if (action.cancel || action.start) framesToDraw_ = std::max(framesToDraw_, 2);
}

void MapApp::drawFrame() {
  window_.makeCurrent();
  camera_.viewport = drawableSize();
  keepCameraInside();
  ui_->beginFrame();
  bool presenting = briefing_ && viewState_.presenter;
  if (screen_) {
    BriefingScreen::Result drawn = screen_->draw(frameParams());
    if (drawn.selected && !presenting) viewState_.selectedPlace = *drawn.selected;
    // In presenter mode a place chosen from a cluster shows its card, as a click on it does.
    if (drawn.selected && presenting)
      if (auto card = sequenceCardForPlace(screen_->sequence(), *drawn.selected)) showCard(*card);
    if (drawn.seeked) followStory(false);
    slider_ = drawn.slider;
  } else {
    view_->draw(camera_, ImGui::GetBackgroundDrawList());
  }
  if (!presenting) drawToolbar();
  else toolbar_ = moreViews_ = {};
  drawProblems();
  if (!presenting) drawExport();
  if (!presenting) drawEditor();
  if (keysShown_) keysShown_ = drawKeyHelp(float(camera_.viewport.width), float(camera_.viewport.height), ui_->scale());
  ui_->render();
  settle();
  window_.swap();
  drawPresenterView();
  // The other levels of detail are built once the first frame is up, not competing with it.
  if (++framesDrawn_ == 1) buildOtherLevelsInBackground(*data_);
  if (export_) actOnExport();
  if (std::string error = stateFile_.update(currentState()); !error.empty()) std::cerr << "itinera: " << error << "\n";
}

namespace {

// What ImGui drew, as a hash of its vertices, indices and clip rectangles.
uint64_t drawSignature(const ImDrawData* data) {
  uint64_t h = 1469598103934665603ull;
  // Eight bytes a step (libstdc++'s Murmur hash): the vertices grow with the trip drawn, and a
  // byte at a time cost more than drawing them.
  auto mix = [&h](const void* bytes, size_t n) {
    h = (h ^ std::hash<std::string_view>{}({static_cast<const char*>(bytes), n})) * 1099511628211ull;
  };
  if (!data) return h;
  for (int i = 0; i < data->CmdListsCount; ++i) {
    const ImDrawList* list = data->CmdLists[i];
    mix(list->VtxBuffer.Data, size_t(list->VtxBuffer.Size) * sizeof(ImDrawVert));
    mix(list->IdxBuffer.Data, size_t(list->IdxBuffer.Size) * sizeof(ImDrawIdx));
    for (const ImDrawCmd& cmd : list->CmdBuffer) mix(&cmd.ClipRect, sizeof cmd.ClipRect);
  }
  return h;
}

}  // namespace

void MapApp::settle() {
  uint64_t signature = drawSignature(ImGui::GetDrawData());
  bool changed = signature != lastDrawSignature_;
  lastDrawSignature_ = signature;
  settlingFrames_ = changed ? settlingFrames_ + 1 : 0;
  if (changed && settlingFrames_ <= kSettlingFrames) framesToDraw_ = std::max(framesToDraw_, 1);
}

void MapApp::flushStateFile() {
  if (std::string error = stateFile_.flush(currentState()); !error.empty()) std::cerr << "itinera: " << error << "\n";
}

void MapApp::renderFrame(const Camera* camera) {
  if (camera) camera_ = *camera;
  else advanceClock();
  SDL_Event e;
  while (SDL_PollEvent(&e))
    if (eventIsFor(e, SDL_GetWindowID(window_.window()))) ImGui_ImplSDL2_ProcessEvent(&e);
  drawFrame();
  glFinish();
}

void MapApp::renderBasemapOnly(const Camera& camera) {
  camera_ = camera;
  view_->draw(camera_, nullptr);
  window_.swap();
  glFinish();
}

void MapApp::renderFloorFrame() {
  window_.makeCurrent();
  Viewport size = drawableSize();
  floor_.clear();
  floor_.add({0, 0}, {float(size.width), float(size.height)}, IM_COL32(128, 128, 128, 255));
  floor_.draw(size.width, size.height);
  window_.swap();
  glFinish();
}

void MapApp::waitForAllLevels() {
  if (data_->otherLevels.valid()) data_->otherLevels.wait();
  view_->uploadFinishedLevels();
}

bool MapApp::waitForEvents(bool idle) {
  SDL_Event e;
  bool changed = false, got;
  // Block while idle: nothing changes, so nothing is drawn and the CPU sleeps. Wake now and
  // then all the same: to pick up finer levels of detail while they are built, and to see
  // whether SIGINT or SIGTERM came (a signal does not wake SDL's wait); and when presenter
  // mode's resting pointer is due to hide, to draw the screen without its hover tip.
  int timeoutMs = data_->otherLevels.valid() ? 50 : kSignalCheckMs;
  if (auto due = idlePointer_.untilHidden(secondsNow())) timeoutMs = std::min(timeoutMs, int(std::ceil(*due * 1000)));
  if (!idle) got = SDL_PollEvent(&e);
  else got = SDL_WaitEventTimeout(&e, timeoutMs);
  if (got) {
    do changed |= handleEvent(e);
    while (SDL_PollEvent(&e));
  }
  return view_->uploadFinishedLevels() || changed;
}

int MapApp::run() {
  while (!(quit_ && quitAllowed()) && !interrupted()) {
    // Playback and camera flights draw frames without input; either may have begun in the
    // frame just drawn (a click on the slider, say).
    bool exporting = export_ && export_->running();
    bool moving = (story_ && story_->flying()) || (briefing_ && briefing_->playback().playing()) || exporting;
    bool idle = framesToDraw_ == 0 && !moving;
    if (moving) settlingFrames_ = 0;  // when it stops, the last frames settle too
    if (idle) flushStateFile();  // the frame count, settled
    if (waitForEvents(idle) | updatePointer()) {
      framesToDraw_ = std::max(framesToDraw_, 2);
      settlingFrames_ = 0;  // input may start ImGui moving again
    }
    if (idle) lastTick_ = SDL_GetTicks64();  // a flight or playback begun on waking starts from here
    // Here, not in a frame: the app may go idle within the second an autosave waits after a change.
    if (editor_) editor_->autosaveIfDue();
    if (advanceClock()) framesToDraw_ = std::max(framesToDraw_, 1);
    else lastTick_ = SDL_GetTicks64();  // idle time is not trip time
    // A slice of the export between the window's frames; its progress bar is redrawn after it.
    if (exporting) export_->advance(kExportSliceMs), framesToDraw_ = std::max(framesToDraw_, 2);
    if (framesToDraw_ > 0 && !quit_) {
      --framesToDraw_;
      drawFrame();  // which asks for another while ImGui has not settled
    } else if (presenterViewStale()) {
      drawPresenterView();  // its clocks tick while the audience screen stands still
    }
  }
  return interrupted() ? interruptionExitCode() : 0;
}

Result<std::unique_ptr<MapApp>> MapApp::start(const AppOptions& o, StartupTimings* timings) {
  using Clock = std::chrono::steady_clock;
  auto ms = [](Clock::time_point a, Clock::time_point b) { return std::chrono::duration<double, std::milli>(b - a).count(); };
  auto t0 = Clock::now();
  auto video = GlWindow::initVideo(true);  // held until the window holds it too
  if (!video) return Error{video.error()};
  auto loading = std::async(std::launch::async, [&] {
    auto data = loadMapData(dataDirectory(), o.crs, levelForView(o.view, o.size));
    return std::make_pair(std::move(data), Clock::now());
  });
  auto window = GlWindow::open({"Itinera", o.size.width, o.size.height, true, o.vsync});
  auto t1 = Clock::now();
  // Fonts and the UI's GL objects are made while the map is still loading.
  std::unique_ptr<UiContext> ui;
  // The UI's scale: --ui-scale, else the display's DPI; in drawable pixels either way.
  if (window)
    ui = std::make_unique<UiContext>(window.value(), o.uiScale.value_or(window->displayScale()) * window->pixelRatio(),
                                     true, textsOfTripFile(o.tripPath));
  auto t2 = Clock::now();
  auto [data, loaded] = loading.get();
  if (!window) return Error{window.error()};
  if (!data) return Error{data.error()};
  auto t3 = Clock::now();
  std::unique_ptr<MapApp> app(new MapApp(std::move(window.value()), std::move(ui), std::move(data.value()), o));
  if (auto ok = app->init(); !ok) return Error{ok.error()};
  if (timings) {
    *timings = {app->data_->basemap.timings, app->data_->geometry.tessellateMs, ms(t0, loaded), ms(t0, t1),
                ms(t1, t2), ms(t3, Clock::now())};
  }
  return app;
}

}  // namespace itinera

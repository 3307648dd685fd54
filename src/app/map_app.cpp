// Event routing follows Dear ImGui's SDL example: ImGui first, the map only when ImGui
// does not want the input. Frames are drawn on demand.
#include "app/map_app.h"

#include <backends/imgui_impl_sdl.h>

#include <chrono>
#include <future>

#include "cli/cli_common.h"
#include "cli/commands.h"

namespace itinera {

MapApp::MapApp(GlWindow window, std::unique_ptr<MapData> data, const NamedView& view, std::string stateFile)
    : window_(std::move(window)), data_(std::move(data)), initialView_(view), stateFile_(std::move(stateFile)) {}

MapApp::~MapApp() {
  view_.reset();
  ui_.reset();
}

Result<bool> MapApp::init() {
  float scale = window_.displayScale() * window_.pixelRatio();
  ui_ = std::make_unique<UiContext>(window_, scale, true);
  auto view = MapView::create(*data_, ui_->fonts(), scale);
  if (!view) return Error{view.error()};
  view_ = std::move(view.value());
  showView(initialView_);
  return true;
}

Viewport MapApp::drawableSize() const {
  Viewport v;
  SDL_GL_GetDrawableSize(window_.window(), &v.width, &v.height);
  return v;
}

void MapApp::showView(const NamedView& view) {
  camera_ = cameraForView(view, data_->projection, drawableSize());
  viewName_ = view.name;
}

AppState MapApp::currentState() const {
  AppState s;
  s.view = viewName_;
  s.centre = data_->projection.toLonLat(camera_.center);
  s.metresPerPixel = camera_.metresPerPixel;
  return s;
}

bool MapApp::handleKey(const SDL_Keysym& key) {
  double step = 80 * ui_->scale();
  ScreenPoint centre{camera_.viewport.width / 2.0, camera_.viewport.height / 2.0};
  switch (key.sym) {
    case SDLK_PLUS: case SDLK_EQUALS: case SDLK_KP_PLUS: camera_.zoomAt(centre, 1.5); return true;
    case SDLK_MINUS: case SDLK_KP_MINUS: camera_.zoomAt(centre, 1 / 1.5); return true;
    case SDLK_w: case SDLK_UP: camera_.panByPixels(0, step); return true;
    case SDLK_s: case SDLK_DOWN: camera_.panByPixels(0, -step); return true;
    case SDLK_a: camera_.panByPixels(step, 0); return true;
    case SDLK_d: camera_.panByPixels(-step, 0); return true;
    case SDLK_r: case SDLK_0: showView(initialView_); return true;
    case SDLK_1: case SDLK_2: case SDLK_3: case SDLK_4:
      showView(namedViews()[size_t(key.sym - SDLK_1)]);
      return true;
    case SDLK_q: if (key.mod & KMOD_CTRL) quit_ = true; return false;
    default: return false;
  }
}

bool MapApp::handleEvent(const SDL_Event& e) {
  ImGui_ImplSDL2_ProcessEvent(&e);
  const ImGuiIO& io = ImGui::GetIO();
  float ratio = window_.pixelRatio();
  switch (e.type) {
    case SDL_QUIT: quit_ = true; return false;
    case SDL_WINDOWEVENT: return true;
    case SDL_MOUSEBUTTONDOWN:
      if (!io.WantCaptureMouse && e.button.button == SDL_BUTTON_LEFT) dragging_ = true;
      return true;
    case SDL_MOUSEBUTTONUP: dragging_ = false; return true;
    case SDL_MOUSEMOTION:
      if (dragging_) camera_.panByPixels(e.motion.xrel * ratio, e.motion.yrel * ratio);
      return true;
    case SDL_MOUSEWHEEL:
      if (!io.WantCaptureMouse) {
        int x = 0, y = 0;
        SDL_GetMouseState(&x, &y);
        camera_.zoomAt({x * ratio, y * ratio}, std::pow(1.25, e.wheel.preciseY));
      }
      return true;
    case SDL_KEYDOWN: return io.WantCaptureKeyboard ? true : (handleKey(e.key.keysym), true);
    default: return true;
  }
}

void MapApp::drawToolbar() {
  ImGui::SetNextWindowPos({10 * ui_->scale(), 10 * ui_->scale()});
  ImGui::Begin("Views", nullptr, ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoMove |
                                     ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoSavedSettings);
  for (size_t i = 0; i < namedViews().size(); ++i) {
    if (i) ImGui::SameLine();
    if (ImGui::Button(namedViews()[i].title.c_str())) showView(namedViews()[i]);
  }
  ImGui::End();
}

void MapApp::drawFrame() {
  camera_.viewport = drawableSize();
  ui_->beginFrame();
  view_->draw(camera_, ImGui::GetBackgroundDrawList());
  drawToolbar();
  ui_->render();
  window_.swap();
  if (std::string error = stateFile_.update(currentState()); !error.empty()) fail(error, kExitFailure);
}

void MapApp::renderFrame(const Camera* camera) {
  if (camera) camera_ = *camera;
  SDL_Event e;
  while (SDL_PollEvent(&e)) ImGui_ImplSDL2_ProcessEvent(&e);
  drawFrame();
  glFinish();
}

bool MapApp::waitForEvents() {
  SDL_Event e;
  bool changed = false, got;
  // Block while idle: nothing changes, so nothing is drawn and the CPU sleeps. While finer
  // levels of detail are still being built, wake now and then to pick them up.
  if (framesToDraw_ > 0) got = SDL_PollEvent(&e);
  else if (data_->otherLevels.valid()) got = SDL_WaitEventTimeout(&e, 50);
  else got = SDL_WaitEvent(&e);
  if (got) {
    do changed |= handleEvent(e);
    while (SDL_PollEvent(&e));
  }
  return view_->uploadFinishedLevels() || changed;
}

void MapApp::waitForAllLevels() {
  if (data_->otherLevels.valid()) data_->otherLevels.wait();
  view_->uploadFinishedLevels();
}

void MapApp::run() {
  while (!quit_) {
    if (waitForEvents()) framesToDraw_ = 2;
    if (framesToDraw_ > 0 && !quit_) {
      drawFrame();
      --framesToDraw_;
    }
  }
}

Result<std::unique_ptr<MapApp>> MapApp::start(const AppOptions& o, StartupTimings* timings) {
  using Clock = std::chrono::steady_clock;
  auto ms = [](Clock::time_point a, Clock::time_point b) { return std::chrono::duration<double, std::milli>(b - a).count(); };
  auto t0 = Clock::now();
  auto loading = std::async(std::launch::async, [&] {
    auto data = loadMapData(dataDirectory(), o.crs, levelForView(o.view, o.size));
    return std::make_pair(std::move(data), Clock::now());
  });
  auto window = GlWindow::open({"Itinera", o.size.width, o.size.height, true, o.vsync});
  auto t1 = Clock::now();
  auto [data, loaded] = loading.get();
  if (!window) return Error{window.error()};
  if (!data) return Error{data.error()};
  buildOtherLevelsInBackground(*data.value());
  auto t2 = Clock::now();
  std::unique_ptr<MapApp> app(new MapApp(std::move(window.value()), std::move(data.value()), o.view, o.stateFile));
  if (auto ok = app->init(); !ok) return Error{ok.error()};
  if (timings) {
    *timings = {app->data_->basemap.timings, app->data_->geometry.tessellateMs, ms(t0, loaded), ms(t0, t1),
                ms(t2, Clock::now())};
  }
  return app;
}

int runApp(const CommandLine& cl) {
  auto view = viewOption(cl);
  if (!view) return fail(view.error(), kExitUsage);
  auto size = sizeOption(cl, {1600, 900});
  if (!size) return fail(size.error(), kExitUsage);
  auto app = MapApp::start({view.value(), size.value(), cl.get("--crs", kDefaultCrs), cl.get("--state-file")});
  if (!app) return fail(app.error(), kExitFailure);
  app.value()->run();
  return kExitOk;
}

}  // namespace itinera

// Renders map frames into memory with no visible window: for `render` and the pixel tests.
#pragma once

#include <functional>
#include <memory>

#include "core/geo/map_data.h"
#include "render/gl_window.h"
#include "render/map_view.h"
#include "render/offscreen_target.h"
#include "render/ui_context.h"

namespace itinera {

class HeadlessRenderer {
 public:
  static Result<std::unique_ptr<HeadlessRenderer>> create(MapData& data, Viewport size, float uiScale = 1);
  // Sets up GL and the UI first, then asks for the map data: loading can overlap the set-up.
  // The UI's fonts get the letters of `textsShown` (see UiContext).
  using DataSource = std::function<Result<MapData*>()>;
  static Result<std::unique_ptr<HeadlessRenderer>> create(const DataSource& data, Viewport size, float uiScale = 1,
                                                          const std::vector<std::string>& textsShown = {});
  // On the GL context of `host` (the app's window), into a framebuffer of its own and with its
  // own UI context: an export drawing between the window's frames, which stay as they were.
  // `host` must outlive the renderer.
  static Result<std::unique_ptr<HeadlessRenderer>> createOn(GlWindow& host, MapData& data, Viewport size,
                                                            float uiScale = 1,
                                                            const std::vector<std::string>& textsShown = {});
  // Deletes its GL objects in its own context, whichever context is current.
  ~HeadlessRenderer();

  // The frame seen by `camera`, RGBA, top row first.
  std::vector<uint8_t> render(const Camera& camera, const std::string& highlightProvince = "",
                              bool withOverlay = true);
  // A frame whose contents `draw` puts into the current ImGui frame (and GL), read back as RGBA.
  // Makes its own GL and ImGui contexts current first: several renderers can live at once.
  // ImGui windows that fit their contents show from their second frame, hence `frames`.
  std::vector<uint8_t> renderWith(const std::function<void()>& draw, int frames = 2);
  MapView& view() { return *view_; }
  GlWindow& window() { return *window_; }
  const UiContext& ui() const { return *ui_; }
  Viewport size() const { return size_; }

 private:
  HeadlessRenderer() = default;
  Result<bool> setUp(GlWindow& window, const DataSource& source, float uiScale,
                     const std::vector<std::string>& textsShown);
  std::unique_ptr<GlWindow> ownWindow_;  // the hidden window, unless drawing on a host's
  GlWindow* window_ = nullptr;
  std::unique_ptr<UiContext> ui_;
  std::unique_ptr<MapView> view_;
  std::unique_ptr<OffscreenTarget> target_;
  Viewport size_;
};

}  // namespace itinera

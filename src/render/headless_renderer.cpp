// A hidden window supplies the GL context; drawing goes to an offscreen framebuffer.
#include "render/headless_renderer.h"

namespace itinera {

Result<std::unique_ptr<HeadlessRenderer>> HeadlessRenderer::create(MapData& data, Viewport size,
                                                                   float uiScale) {
  return create([&]() -> Result<MapData*> { return &data; }, size, uiScale);
}

Result<std::unique_ptr<HeadlessRenderer>> HeadlessRenderer::create(const DataSource& source, Viewport size,
                                                                   float uiScale,
                                                                   const std::vector<std::string>& textsShown) {
  std::unique_ptr<HeadlessRenderer> r(new HeadlessRenderer);
  r->size_ = size;
  auto window = GlWindow::open({"Itinera", 64, 64, false, false});
  if (!window) return Error{window.error()};
  r->ownWindow_ = std::make_unique<GlWindow>(std::move(window.value()));
  if (auto set = r->setUp(*r->ownWindow_, source, uiScale, textsShown); !set) return Error{set.error()};
  return r;
}

Result<std::unique_ptr<HeadlessRenderer>> HeadlessRenderer::createOn(GlWindow& host, MapData& data, Viewport size,
                                                                     float uiScale,
                                                                     const std::vector<std::string>& textsShown) {
  std::unique_ptr<HeadlessRenderer> r(new HeadlessRenderer);
  r->size_ = size;
  host.makeCurrent();
  auto source = [&]() -> Result<MapData*> { return &data; };
  if (auto set = r->setUp(host, source, uiScale, textsShown); !set) return Error{set.error()};
  glBindFramebuffer(GL_FRAMEBUFFER, 0);  // the host draws to its window
  return r;
}

Result<bool> HeadlessRenderer::setUp(GlWindow& window, const DataSource& source, float uiScale,
                                     const std::vector<std::string>& textsShown) {
  window_ = &window;
  auto target = OffscreenTarget::create(size_);
  if (!target) return Error{target.error()};
  target_ = std::make_unique<OffscreenTarget>(std::move(target.value()));
  ui_ = std::make_unique<UiContext>(*window_, uiScale, false, textsShown);
  auto data = source();
  if (!data) return Error{data.error()};
  auto view = MapView::create(*data.value(), ui_->fonts(), uiScale);
  if (!view) return Error{view.error()};
  view_ = std::move(view.value());
  return true;
}

HeadlessRenderer::~HeadlessRenderer() {
  if (window_) window_->makeCurrent();
  view_.reset();
  target_.reset();
  ui_.reset();
}

std::vector<uint8_t> HeadlessRenderer::renderWith(const std::function<void()>& draw, int frames) {
  window_->makeCurrent();
  target_->bind();
  for (int frame = 0; frame < frames; ++frame) {
    ui_->beginFrame(size_.width, size_.height, 0);
    draw();
    ui_->render();
  }
  glFinish();
  std::vector<uint8_t> pixels = target_->readPixels();
  if (!ownWindow_) glBindFramebuffer(GL_FRAMEBUFFER, 0);  // back to the host's window
  return pixels;
}

std::vector<uint8_t> HeadlessRenderer::render(const Camera& camera, const std::string& highlightProvince,
                                              bool withOverlay) {
  return renderWith([&] {
    view_->draw(camera, withOverlay ? ImGui::GetBackgroundDrawList() : nullptr, highlightProvince);
  }, 1);
}

}  // namespace itinera

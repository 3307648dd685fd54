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
  r->window_ = std::make_unique<GlWindow>(std::move(window.value()));
  auto target = OffscreenTarget::create(size);
  if (!target) return Error{target.error()};
  r->target_ = std::make_unique<OffscreenTarget>(std::move(target.value()));
  r->ui_ = std::make_unique<UiContext>(*r->window_, uiScale, false, textsShown);
  auto data = source();
  if (!data) return Error{data.error()};
  auto view = MapView::create(*data.value(), r->ui_->fonts(), uiScale);
  if (!view) return Error{view.error()};
  r->view_ = std::move(view.value());
  return r;
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
  return target_->readPixels();
}

std::vector<uint8_t> HeadlessRenderer::render(const Camera& camera, const std::string& highlightProvince,
                                              bool withOverlay) {
  return renderWith([&] {
    view_->draw(camera, withOverlay ? ImGui::GetBackgroundDrawList() : nullptr, highlightProvince);
  }, 1);
}

}  // namespace itinera

// Unchanged ImGui draw lists drawn from textures: the list rendered once into a framebuffer of its
// clip rectangles' extent, then composited with premultiplied alpha (the backend's blending into
// a transparent target leaves colours premultiplied), so a cached window looks as drawn directly.
#include "render/draw_list_cache.h"

#include <backends/imgui_impl_opengl3.h>
#include <embedded_shaders.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <string_view>

namespace itinera {
namespace {

// Eight bytes a step (libstdc++'s Murmur hash): the vertices grow with the trip drawn.
void mix(uint64_t& h, const void* bytes, size_t n) {
  h = (h ^ std::hash<std::string_view>{}({static_cast<const char*>(bytes), n})) * 1099511628211ull;
}

bool hasCallback(const ImDrawList& list) {
  for (const ImDrawCmd& cmd : list.CmdBuffer)
    if (cmd.UserCallback) return true;
  return false;
}

}  // namespace

uint64_t drawListSignature(const ImDrawList& list) {
  uint64_t h = 1469598103934665603ull;
  mix(h, list.VtxBuffer.Data, size_t(list.VtxBuffer.Size) * sizeof(ImDrawVert));
  mix(h, list.IdxBuffer.Data, size_t(list.IdxBuffer.Size) * sizeof(ImDrawIdx));
  for (const ImDrawCmd& cmd : list.CmdBuffer) {
    mix(h, &cmd.ClipRect, sizeof cmd.ClipRect);
    mix(h, &cmd.TextureId, sizeof cmd.TextureId);
  }
  return h;
}

DrawListCache::DrawListCache() {
  auto program = ShaderProgram::build("composite", shaders::composite_vert, shaders::composite_frag);
  if (program) program_ = std::move(program.value());
  GLuint vao = 0;
  glGenVertexArrays(1, &vao);  // core profile draws need one bound, even with no attributes
  emptyVertexArray_ = gl::VertexArray(vao);
}

void DrawListCache::render(ImDrawData* data) {
  fromTexture_.clear();
  if (!data || !data->Valid) return;
  int framebufferWidth = int(data->DisplaySize.x), framebufferHeight = int(data->DisplaySize.y);
  bool cacheable = program_ && data->FramebufferScale.x == 1 && data->FramebufferScale.y == 1 &&
                   data->DisplayPos.x == 0 && data->DisplayPos.y == 0;  // list coordinates are framebuffer pixels
  for (auto& [list, entry] : entries_) entry.seen = false;
  std::vector<ImDrawList*> direct;  // lists drawn directly, waiting to be drawn in one call
  auto flush = [&] {
    if (!direct.empty()) drawDirectly(data, direct.data(), int(direct.size()));
    direct.clear();
  };
  for (int i = 0; i < data->CmdListsCount; ++i) {
    ImDrawList* list = data->CmdLists[i];
    Entry& entry = entries_[list];
    entry.seen = true;
    uint64_t signature = drawListSignature(*list);
    bool unchanged = signature == entry.signature;
    entry.signature = signature;
    if (!unchanged) entry.drawn = false;
    Box box = drawnExtent(*list, framebufferWidth, framebufferHeight);
    // A list new or changed since the last frame is drawn directly: it may change again (the
    // slider while playing). One that stayed the same is worth a texture.
    if (!cacheable || !unchanged || hasCallback(*list) || box.width <= 0 || box.height <= 0) {
      direct.push_back(list);
      continue;
    }
    flush();
    if (!entry.drawn || !(entry.box == box)) {
      entry.box = box;
      drawIntoTexture(data, list, entry);
    }
    composite(entry, framebufferWidth, framebufferHeight);
    fromTexture_.push_back(list->_OwnerName ? list->_OwnerName : "");
  }
  flush();
  std::erase_if(entries_, [](const auto& item) { return !item.second.seen; });  // windows closed
}

DrawListCache::Box DrawListCache::drawnExtent(const ImDrawList& list, int width, int height) {
  // The vertices' bounds, within the union of the clip rectangles: a window's commands are often
  // clipped to the whole screen, its vertices never.
  float x0 = float(width), y0 = float(height), x1 = 0, y1 = 0;
  for (const ImDrawVert& v : list.VtxBuffer) {
    x0 = std::min(x0, v.pos.x), y0 = std::min(y0, v.pos.y);
    x1 = std::max(x1, v.pos.x), y1 = std::max(y1, v.pos.y);
  }
  float cx0 = float(width), cy0 = float(height), cx1 = 0, cy1 = 0;
  for (const ImDrawCmd& cmd : list.CmdBuffer) {
    if (cmd.ElemCount == 0) continue;
    cx0 = std::min(cx0, cmd.ClipRect.x), cy0 = std::min(cy0, cmd.ClipRect.y);
    cx1 = std::max(cx1, cmd.ClipRect.z), cy1 = std::max(cy1, cmd.ClipRect.w);
  }
  Box box;
  box.x = std::max({0, int(std::floor(x0)), int(std::floor(cx0))});
  box.y = std::max({0, int(std::floor(y0)), int(std::floor(cy0))});
  box.width = std::min({width, int(std::ceil(x1)), int(std::ceil(cx1))}) - box.x;
  box.height = std::min({height, int(std::ceil(y1)), int(std::ceil(cy1))}) - box.y;
  return box;
}

void DrawListCache::drawDirectly(ImDrawData* data, ImDrawList** lists, int count) {
  ImDrawData part = *data;
  part.CmdLists = lists;
  part.CmdListsCount = count;
  part.TotalIdxCount = part.TotalVtxCount = 0;
  for (int i = 0; i < count; ++i) {
    part.TotalIdxCount += lists[i]->IdxBuffer.Size;
    part.TotalVtxCount += lists[i]->VtxBuffer.Size;
  }
  ImGui_ImplOpenGL3_RenderDrawData(&part);
}

void DrawListCache::drawIntoTexture(ImDrawData* data, ImDrawList* list, Entry& entry) {
  GLint previousFramebuffer = 0, previousTexture = 0;
  glGetIntegerv(GL_DRAW_FRAMEBUFFER_BINDING, &previousFramebuffer);
  glGetIntegerv(GL_TEXTURE_BINDING_2D, &previousTexture);
  if (!entry.texture.get() || entry.textureWidth != entry.box.width || entry.textureHeight != entry.box.height) {
    GLuint texture = 0, framebuffer = 0;
    glGenTextures(1, &texture);
    entry.texture = gl::Texture(texture);
    glBindTexture(GL_TEXTURE_2D, texture);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, entry.box.width, entry.box.height, 0, GL_RGBA, GL_UNSIGNED_BYTE, nullptr);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
    glBindTexture(GL_TEXTURE_2D, GLuint(previousTexture));
    glGenFramebuffers(1, &framebuffer);
    entry.framebuffer = gl::Framebuffer(framebuffer);
    glBindFramebuffer(GL_FRAMEBUFFER, framebuffer);
    glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, texture, 0);
    entry.textureWidth = entry.box.width;
    entry.textureHeight = entry.box.height;
  }
  glBindFramebuffer(GL_FRAMEBUFFER, entry.framebuffer.get());
  glDisable(GL_SCISSOR_TEST);
  glClearColor(0, 0, 0, 0);
  glClear(GL_COLOR_BUFFER_BIT);
  ImDrawData part = *data;
  part.DisplayPos = {data->DisplayPos.x + float(entry.box.x), data->DisplayPos.y + float(entry.box.y)};
  part.DisplaySize = {float(entry.box.width), float(entry.box.height)};
  ImDrawList* lists[] = {list};
  drawDirectly(&part, lists, 1);
  glBindFramebuffer(GL_FRAMEBUFFER, GLuint(previousFramebuffer));
  entry.drawn = true;
}

void DrawListCache::composite(const Entry& entry, int framebufferWidth, int framebufferHeight) {
  GLint viewport[4];
  glGetIntegerv(GL_VIEWPORT, viewport);
  glViewport(0, 0, framebufferWidth, framebufferHeight);
  program_->use();
  glUniform4f(program_->uniform("u_box"), float(entry.box.x), float(entry.box.y), float(entry.box.width),
              float(entry.box.height));
  glUniform2f(program_->uniform("u_framebuffer"), float(framebufferWidth), float(framebufferHeight));
  glUniform2i(program_->uniform("u_origin"), entry.box.x, framebufferHeight - entry.box.y - entry.box.height);
  glUniform1i(program_->uniform("u_texture"), 0);
  glActiveTexture(GL_TEXTURE0);
  glBindTexture(GL_TEXTURE_2D, entry.texture.get());
  glBindVertexArray(emptyVertexArray_.get());
  glDisable(GL_SCISSOR_TEST);
  glDisable(GL_DEPTH_TEST);
  glEnable(GL_BLEND);
  glBlendFuncSeparate(GL_ONE, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
  glDrawArrays(GL_TRIANGLE_STRIP, 0, 4);
  glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
  glBindVertexArray(0);
  glBindTexture(GL_TEXTURE_2D, 0);
  glUseProgram(0);
  glViewport(viewport[0], viewport[1], viewport[2], viewport[3]);
}

}  // namespace itinera

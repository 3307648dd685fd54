// ImGui context, backends, fonts and a calm style suited to a briefing room.
#include "render/ui_context.h"

#include <backends/imgui_impl_opengl3.h>
#include <epoxy/gl.h>
#include <SDL.h>
#include <backends/imgui_impl_sdl.h>

#include <algorithm>
#include <cmath>

#include "render/embedded_fonts.h"
#include "render/font_halo.h"

namespace itinera {
namespace {

// The letters of place names in most of Europe, the Americas and Central Asia, all in the
// embedded DejaVu fonts: Latin with Extended-A and -B, Greek, Cyrillic. Each range costs start-up
// time and memory for each of the 13 fonts, so Vietnamese (Latin Extended Additional) is left
// out, as are scripts DejaVu Sans lacks (CJK, Arabic, Indic).
const ImWchar kLabelRanges[] = {0x0020, 0x024F, 0x0370, 0x03FF, 0x0400, 0x04FF, 0};

// The same letters, then punctuation, arrows and shapes for the UI.
const ImWchar kGlyphRanges[] = {0x0020, 0x024F, 0x0370, 0x03FF, 0x0400, 0x04FF,
                                0x2010, 0x2027, 0x2190, 0x2193, 0x25A0, 0x25CF, 0};

ImFont* addFont(fonts::FontData data, float size, const ImWchar* ranges = kGlyphRanges) {
  ImFontConfig config;
  // The bytes live in the binary. An atlas that does not own its font data copies it, once
  // per font (13 copies, 9 MB); so the atlas is told it owns them while fonts are added, and
  // otherwise as soon as it is built (see disownFontData), so that it never frees them.
  config.FontDataOwnedByAtlas = true;
  config.OversampleH = 1;  // pixel-snapped glyphs: crisp at these sizes, and a quicker atlas
  config.PixelSnapH = true;
  return ImGui::GetIO().Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(data.data), int(data.size), size,
                                                    &config, ranges);
}

// The embedded font bytes belong to the binary: no atlas may free them, whether it is
// destroyed or cleared.
void disownFontData(ImFontAtlas& atlas) {
  for (ImFontConfig& config : atlas.ConfigData) config.FontDataOwnedByAtlas = false;
}

}  // namespace

UiContext::UiContext(GlWindow& window, float scale, bool withPlatform) : scale_(scale), withPlatform_(withPlatform) {
  IMGUI_CHECKVERSION();
  imgui_ = ImGui::CreateContext();
  ImGui::SetCurrentContext(imgui_);
  ImGui::GetIO().IniFilename = nullptr;  // the layout is the app's, not a file's
  loadFonts();
  applyStyle();
  if (withPlatform_) ImGui_ImplSDL2_InitForOpenGL(window.window(), window.context());
  ImGui_ImplOpenGL3_Init("#version 330 core");
  useNearestFontSampling();
}

UiContext::~UiContext() {
  ImGuiContext* previous = ImGui::GetCurrentContext();
  ImGui::SetCurrentContext(imgui_);
  ImGui_ImplOpenGL3_Shutdown();
  if (withPlatform_) ImGui_ImplSDL2_Shutdown();
  disownFontData(*ImGui::GetIO().Fonts);
  ImGui::DestroyContext(imgui_);
  ImGui::SetCurrentContext(previous != imgui_ ? previous : nullptr);
}

void UiContext::loadFonts() {
  float s = scale_;
  ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
  const int haloRadius = std::max(1, int(std::lround(1.6f * s)));
  atlas.TexGlyphPadding = haloAtlasPadding(haloRadius);
  fonts_.body = addFont(fonts::sans(), 18 * s);
  fonts_.bodyBold = addFont(fonts::sansBold(), 18 * s);
  fonts_.caption = addFont(fonts::sansBold(), 28 * s);
  // Label fonts come with halo twins.
  auto label = [&](ImFont*& slot, fonts::FontData data, float size) {
    slot = addFont(data, size, kLabelRanges);
    fonts_.halos.push_back({slot, addFont(data, size, kLabelRanges)});
  };
  label(fonts_.labelCountry, fonts::sansBold(), 24 * s);
  label(fonts_.labelProvince, fonts::sansBold(), 15 * s);
  label(fonts_.labelCity, fonts::sansBold(), 19 * s);
  label(fonts_.labelTown, fonts::sans(), 15 * s);
  label(fonts_.labelWater, fonts::sansOblique(), 16 * s);
  atlas.Build();
  disownFontData(atlas);
  std::vector<ImFont*> halos;
  for (auto& [plain, halo] : fonts_.halos) halos.push_back(halo);
  growHalos(atlas, halos, haloRadius);
  ImGui::GetIO().FontDefault = fonts_.body;
}

void UiContext::useNearestFontSampling() {
  // Glyphs are pixel-snapped at their rasterised size, so each pixel takes exactly one texel:
  // nearest sampling looks the same as bilinear and costs a software rasteriser far less.
  ImGui_ImplOpenGL3_CreateDeviceObjects();
  glBindTexture(GL_TEXTURE_2D, GLuint(reinterpret_cast<intptr_t>(ImGui::GetIO().Fonts->TexID)));
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
  glBindTexture(GL_TEXTURE_2D, 0);
  // The atlas is on the GPU now: its CPU copies (alpha and RGBA) are not needed again.
  ImGui::GetIO().Fonts->ClearTexData();
}

void UiContext::applyStyle() {
  ImGui::StyleColorsLight();
  ImGuiStyle& style = ImGui::GetStyle();
  style.WindowRounding = 6;
  style.FrameRounding = 4;
  style.GrabRounding = 4;
  style.WindowPadding = {12, 10};
  style.ItemSpacing = {8, 6};
  style.Colors[ImGuiCol_WindowBg] = ImVec4(0.98f, 0.98f, 0.97f, 0.94f);
  style.ScaleAllSizes(scale_);
}

void UiContext::beginFrame(int width, int height, float deltaSeconds) {
  makeCurrent();
  ImGui_ImplOpenGL3_NewFrame();
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = ImVec2(float(width), float(height));
  io.DisplayFramebufferScale = ImVec2(1, 1);
  io.DeltaTime = deltaSeconds > 0 ? deltaSeconds : 1.f / 60.f;
  ImGui::NewFrame();
}

void UiContext::beginFrame() {
  makeCurrent();
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplSDL2_NewFrame();
  // The UI works in framebuffer pixels, like the map: on a HiDPI display the scale factor,
  // not ImGui's point-to-pixel stretch, makes it large enough.
  ImGuiIO& io = ImGui::GetIO();
  ImVec2 ratio = io.DisplayFramebufferScale;
  io.DisplaySize = {io.DisplaySize.x * ratio.x, io.DisplaySize.y * ratio.y};
  io.DisplayFramebufferScale = {1, 1};
  // The pointer as SDL's events left it: the backend's global query can be stale without a
  // window manager (virtual desktops, Xvfb).
  int x = 0, y = 0;
  SDL_GetMouseState(&x, &y);
  if (SDL_GetMouseFocus()) io.MousePos = {float(x) * ratio.x, float(y) * ratio.y};
  else if (ImGui::IsMousePosValid()) io.MousePos = {io.MousePos.x * ratio.x, io.MousePos.y * ratio.y};
  ImGui::NewFrame();
}

void UiContext::render() {
  makeCurrent();
  ImGui::Render();
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
}

}  // namespace itinera

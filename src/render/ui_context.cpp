// ImGui context, backends, fonts (with the letters of the texts shown) and a calm style suited to a
// briefing room.
#include "render/ui_context.h"

#include <backends/imgui_impl_opengl3.h>
#include <epoxy/gl.h>
#include <SDL.h>
#include <backends/imgui_impl_sdl.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cfloat>
#include <cmath>

#include "core/io/regular_file.h"
#include "core/trip/trip_loader.h"
#include "render/embedded_fonts.h"
#include "render/font_halo.h"

namespace itinera {
namespace {

// Latin-1 and Latin Extended-A, with quotes and dashes: the letters of the bundled world map's
// labels ("Saint John’s", "Łódź") and of most European names.
const ImWchar kLatin[] = {0x0020, 0x017F, 0x2010, 0x2027, 0};
// Latin Extended Additional: the rest of the world map's labels (and Vietnamese), for the map only.
const ImWchar kLatinAdditional[] = {0x1E00, 0x1EFF, 0};
// Arrows and shapes the UI draws around the texts.
const ImWchar kUiSymbols[] = {0x2190, 0x2193, 0x25A0, 0x25CF, 0};

enum class GlyphUse { Panels, MapLabels };

// Latin, the letters of `texts`, and what the panels or the map labels draw besides: the letters
// of a trip anywhere, at the cost of Latin for a trip that needs no more.
ImVector<ImWchar> glyphRanges(const std::vector<std::string>& texts, GlyphUse use) {
  ImFontGlyphRangesBuilder builder;
  builder.AddRanges(kLatin);
  builder.AddRanges(use == GlyphUse::Panels ? kUiSymbols : kLatinAdditional);
  for (const std::string& text : texts) builder.AddText(text.data(), text.data() + text.size());
  ImVector<ImWchar> ranges;
  builder.BuildRanges(&ranges);
  return ranges;
}

// The strings of a JSON value, keys included, down to the depth a trip may have.
void collectStrings(const nlohmann::json& value, std::vector<std::string>& out, int depth = 0) {
  if (value.is_string()) out.push_back(value.get<std::string>());
  if (!value.is_structured() || depth > 64) return;
  for (auto it = value.begin(); it != value.end(); ++it) {
    if (value.is_object()) out.push_back(it.key());
    collectStrings(*it, out, depth + 1);
  }
}

ImFont* addFont(fonts::FontData data, float size, const ImWchar* ranges) {
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

std::vector<std::string> textsOfTripFile(const std::string& path) {
  if (path.empty()) return {};
  // As the trip loader reads it: a FIFO or a device is never waited on, nor a huge file read.
  Result<std::string> read = readRegularFile(path, TripLoadOptions{}.maxBytes);
  if (!read) return {};
  const std::string& text = read.value();
  nlohmann::json document = nlohmann::json::parse(text, nullptr, false);
  if (document.is_discarded()) return {text};
  std::vector<std::string> texts;
  collectStrings(document, texts);
  return texts;
}

UiContext::UiContext(GlWindow& window, float scale, bool withPlatform, const std::vector<std::string>& textsShown)
    : scale_(scale), withPlatform_(withPlatform) {
  IMGUI_CHECKVERSION();
  imgui_ = ImGui::CreateContext();
  ImGui::SetCurrentContext(imgui_);
  ImGui::GetIO().IniFilename = nullptr;  // the layout is the app's, not a file's
  loadFonts(textsShown);
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

void UiContext::loadFonts(const std::vector<std::string>& textsShown) {
  textRanges_ = glyphRanges(textsShown, GlyphUse::Panels);
  labelRanges_ = glyphRanges(textsShown, GlyphUse::MapLabels);
  const ImWchar* text = textRanges_.Data;
  const ImWchar* labels = labelRanges_.Data;
  float s = scale_;
  ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
  const int haloRadius = std::max(1, int(std::lround(1.6f * s)));
  atlas.TexGlyphPadding = haloAtlasPadding(haloRadius);
  fonts_.body = addFont(fonts::sans(), 18 * s, text);
  fonts_.bodyBold = addFont(fonts::sansBold(), 18 * s, text);
  fonts_.caption = addFont(fonts::sansBold(), 28 * s, text);
  // Label fonts come with halo twins.
  auto label = [&](ImFont*& slot, fonts::FontData data, float size) {
    slot = addFont(data, size, labels);
    fonts_.halos.push_back({slot, addFont(data, size, labels)});
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
  style.WindowRounding = 0;  // square, as the backdrop fills the windows over the map
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
  ImGuiIO& io = ImGui::GetIO();
  // The backend shows the cursor on every frame unless told to leave it alone, and SDL's
  // cursor is the same for all windows.
  if (pointerShown_) io.ConfigFlags &= ~ImGuiConfigFlags_NoMouseCursorChange;
  else io.ConfigFlags |= ImGuiConfigFlags_NoMouseCursorChange;
  ImGui_ImplSDL2_NewFrame();
  // The UI works in framebuffer pixels, like the map: on a HiDPI display the scale factor,
  // not ImGui's point-to-pixel stretch, makes it large enough.
  ImVec2 ratio = io.DisplayFramebufferScale;
  io.DisplaySize = {io.DisplaySize.x * ratio.x, io.DisplaySize.y * ratio.y};
  io.DisplayFramebufferScale = {1, 1};
  // The pointer as SDL's events left it: the backend's global query can be stale without a
  // window manager (virtual desktops, Xvfb).
  int x = 0, y = 0;
  SDL_GetMouseState(&x, &y);
  if (SDL_GetMouseFocus()) io.MousePos = {float(x) * ratio.x, float(y) * ratio.y};
  else if (ImGui::IsMousePosValid()) io.MousePos = {io.MousePos.x * ratio.x, io.MousePos.y * ratio.y};
  if (!pointerShown_) io.MousePos = {-FLT_MAX, -FLT_MAX};  // ImGui's "no mouse"
  ImGui::NewFrame();
}

std::optional<ImVec2> UiContext::pointer() const {
  ImGuiContext* current = ImGui::GetCurrentContext();
  makeCurrent();
  ImVec2 at = ImGui::GetIO().MousePos;
  bool valid = ImGui::IsMousePosValid(&at);
  ImGui::SetCurrentContext(current);
  if (!valid) return std::nullopt;
  return at;
}

void UiContext::render() {
  makeCurrent();
  ImGui::Render();
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
}

}  // namespace itinera

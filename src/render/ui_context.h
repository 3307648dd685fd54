// Dear ImGui set up for Itinera: one scale factor for the whole UI, fonts embedded.
#pragma once

#include <imgui.h>

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "render/gl_window.h"

namespace itinera {

struct UiFonts {
  ImFont* body = nullptr;
  ImFont* bodyBold = nullptr;
  ImFont* caption = nullptr;      // the current time and event, large
  ImFont* labelCountry = nullptr;
  ImFont* labelProvince = nullptr;
  ImFont* labelCity = nullptr;
  ImFont* labelTown = nullptr;
  ImFont* labelWater = nullptr;
  // Each label font's halo twin (see font_halo.h).
  std::vector<std::pair<const ImFont*, ImFont*>> halos;
  ImFont* haloOf(const ImFont* font) const {
    for (auto& [plain, halo] : halos)
      if (plain == font) return halo;
    return nullptr;
  }
};

// Each UiContext owns its ImGui context, made current when a frame begins (and by
// makeCurrent()): several can live at once, one per window or offscreen target.
class UiContext {
 public:
  // `withPlatform` is false for headless rendering, where no SDL events exist. The window's GL
  // context must be current. The fonts hold Latin-1, the UI's symbols and every letter of
  // `textsShown` (UTF-8: the trip's names, titles, places, people), and no more: each glyph costs
  // start-up time, for each of the 13 fonts. A letter missing from them shows as a fallback.
  UiContext(GlWindow& window, float scale, bool withPlatform, const std::vector<std::string>& textsShown = {});
  ~UiContext();
  UiContext(const UiContext&) = delete;
  UiContext& operator=(const UiContext&) = delete;

  // Starts a frame of the given size in pixels (headless) or of the window (interactive).
  void beginFrame(int width, int height, float deltaSeconds);
  void beginFrame();
  void render();
  // Makes this context ImGui's current one, for ImGui calls outside a frame.
  void makeCurrent() const { ImGui::SetCurrentContext(imgui_); }
  // Hidden (presenter mode's idle pointer): from the next frame on, ImGui sees no mouse, so
  // nothing is hovered and no tooltip shows, and leaves the cursor to the app (SDL_ShowCursor).
  void setPointerShown(bool shown) { pointerShown_ = shown; }

  // Where this frame saw the pointer, in pixels; nothing when it saw none over the window.
  std::optional<ImVec2> pointer() const;

  float scale() const { return scale_; }
  const UiFonts& fonts() const { return fonts_; }

 private:
  void loadFonts(const std::vector<std::string>& textsShown);
  void applyStyle();
  void useNearestFontSampling();

  ImGuiContext* imgui_ = nullptr;
  float scale_;
  bool withPlatform_;
  bool pointerShown_ = true;
  UiFonts fonts_;
  ImVector<ImWchar> textRanges_, labelRanges_;  // read by the atlas when it is built
};

// Every string in a trip file (names, titles, places, people, notes, ids): what a briefing of it
// may show. The whole text if it is no JSON; nothing if `path` is empty or is no regular file
// the trip loader would read.
std::vector<std::string> textsOfTripFile(const std::string& path);

}  // namespace itinera

// The presenter view's window: its own SDL window, GL context and ImGui context, placed on a
// display of its own when there is one. It draws ui/presenter_view.h; the app owns the story.
#pragma once

#include <SDL.h>

#include <chrono>
#include <memory>
#include <string>
#include <vector>

#include "core/io/result.h"
#include "render/gl_window.h"
#include "render/ui_context.h"
#include "ui/presenter_view.h"

namespace itinera {

class PresenterWindow {
 public:
  static constexpr const char* kTitle = "Itinera - presenter view";
  // Opens on `display` (an SDL display index): the whole display when the audience window is on
  // another one, else a window beside it. Fonts hold the letters of `textsShown`.
  static Result<std::unique_ptr<PresenterWindow>> open(int display, bool ownDisplay,
                                                       const std::vector<std::string>& textsShown);
  ~PresenterWindow();

  Uint32 id() const { return SDL_GetWindowID(window_.window()); }
  // Passes an event of this window to its UI. True when it asks to close the window.
  bool process(const SDL_Event& event);
  // Presenter mode's idle pointer, hidden in every window (SDL has one cursor for all): from
  // the next frame on, this view's UI neither sees the mouse nor shows the cursor again.
  void setPointerShown(bool shown) { ui_->setPointerShown(shown); }
  // Draws the view of `frame` (its elapsed time filled in here) and shows it.
  void draw(PresenterViewFrame frame);
  // Elapsed time counts from now: presenting has begun.
  void restartClock() { started_ = std::chrono::steady_clock::now(); }
  // The time since presenting began, as the view shows it ("00:12:05").
  std::string elapsed() const;

 private:
  PresenterWindow(GlWindow window, std::unique_ptr<UiContext> ui);
  GlWindow window_;
  std::unique_ptr<UiContext> ui_;
  std::chrono::steady_clock::time_point started_ = std::chrono::steady_clock::now();
};

}  // namespace itinera

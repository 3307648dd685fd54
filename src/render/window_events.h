// Which window an SDL event belongs to, so that with several windows open (a presenter view,
// an export preview) each window's UI context sees only its own input.
#pragma once

#include <SDL.h>

#include <optional>

namespace itinera {

// The window an event was sent to; nullopt for events of the whole application (quit, devices).
std::optional<Uint32> eventWindowId(const SDL_Event& event);

// True when the event is for the window `windowId`, or for no window in particular.
inline bool eventIsFor(const SDL_Event& event, Uint32 windowId) {
  std::optional<Uint32> id = eventWindowId(event);
  return !id || *id == windowId;
}

// A key that opens or closes a window can reach the window that then has the focus as a press
// of its own: on X11 a window that takes the focus while the key is still down gets the key's
// press again (SDL 2.26 resets the keyboard on the focus leaving and the held key repeats, or is
// reconciled, in the new window). With P toggling the presenter view, that press toggled it back.
// Each window follows its events through one of these.
class KeystrokeEcho {
 public:
  static constexpr Uint32 kWindowMs = 1000;
  // `key` has just opened or closed a window, at `now` (SDL ticks).
  void expect(SDL_Keycode key, Uint32 now) { key_ = key, since_ = now; }
  // True for a press of that key before its release is seen here, within kWindowMs.
  bool isEcho(const SDL_Event& event);

 private:
  SDL_Keycode key_ = SDLK_UNKNOWN;
  Uint32 since_ = 0;
};

}  // namespace itinera

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

}  // namespace itinera

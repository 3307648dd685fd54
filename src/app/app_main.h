// The interactive app's one entry point, for main to dispatch to.
#pragma once

#include <optional>
#include <string>

#include "app/map_app.h"

namespace itinera {

// Checks for a usable display, then opens the app with `options` and runs it until it is
// closed; returns the exit code (1, with a message on stderr, when there is no display).
int runApp(const AppOptions& options);

// Why the interactive app cannot open a window here (no display, or a driver with none
// such as SDL's offscreen one), or nothing: asked before SDL starts.
std::optional<std::string> missingDisplay();

}  // namespace itinera

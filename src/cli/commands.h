// The verbs of the `itinera` program; each returns the process exit code.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "cli/command_line.h"

namespace itinera {

struct AppOptions;
// Opens the interactive app with checked options; main passes the app's entry point.
using AppLauncher = std::function<int(const AppOptions&)>;

// Parses `args` (without the program name) and runs the verb they name, or the app.
int runCommandLine(const std::vector<std::string>& args, const AppLauncher& launchApp);

int runAppVerb(const CommandLine& cl, const AppLauncher& launchApp);
int runRender(const CommandLine& cl);
int runLocate(const CommandLine& cl);
int runBench(const CommandLine& cl);
int runValidate(const CommandLine& cl);
int runAgenda(const CommandLine& cl);
int runState(const CommandLine& cl);
int runExport(const CommandLine& cl);
int runExportVideo(const CommandLine& cl);
int runExportSlides(const CommandLine& cl);
int runExportHandout(const CommandLine& cl);
int runImport(const CommandLine& cl);
int runExportInterchange(const CommandLine& cl, const std::string& kind);  // ics, csv, gpkg, kml

}  // namespace itinera

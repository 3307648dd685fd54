// The verbs of the `itinera` program; each returns the process exit code.
#pragma once

#include "core/io/command_line.h"

namespace itinera {

int runRender(const CommandLine& cl);
int runLocate(const CommandLine& cl);
int runBench(const CommandLine& cl);
int runApp(const CommandLine& cl);
int runValidate(const CommandLine& cl);
int runAgenda(const CommandLine& cl);
int runState(const CommandLine& cl);

}  // namespace itinera

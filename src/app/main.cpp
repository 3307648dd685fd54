// Entry point: dispatches to the interactive app or a command-line verb.
#include <iostream>
#include <vector>

#include "cli/cli_common.h"
#include "cli/commands.h"

using namespace itinera;

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  auto cl = parseCommandLine(args);
  if (!cl) return fail(cl.error(), kExitUsage);
  const std::string& verb = cl->verb;
  if (verb == "help") {
    std::cout << usageText();
    return kExitOk;
  }
  if (verb == "version") {
    std::cout << "itinera " << ITINERA_VERSION << "\n";
    return kExitOk;
  }
  if (verb == "render") return runRender(cl.value());
  if (verb == "locate") return runLocate(cl.value());
  if (verb == "bench") return runBench(cl.value());
  if (verb == "validate") return runValidate(cl.value());
  if (verb == "agenda") return runAgenda(cl.value());
  if (verb == "state") return runState(cl.value());
  return runApp(cl.value());
}

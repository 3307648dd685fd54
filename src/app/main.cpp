// Entry point: dispatches to the interactive app or a command-line verb.
#include <malloc.h>

#include <iostream>
#include <vector>

#include "cli/cli_common.h"
#include "cli/commands.h"

using namespace itinera;

namespace {

// Keep freed memory for reuse instead of handing it back to the kernel: loading the map and
// each frame of the software rasteriser allocate many large blocks, and fresh pages are
// slow to fault in, above all on virtual machines.
void keepFreedMemory() {
  mallopt(M_MMAP_THRESHOLD, 32 << 20);
  mallopt(M_TRIM_THRESHOLD, 256 << 20);
  mallopt(M_TOP_PAD, 16 << 20);
}

}  // namespace

int main(int argc, char** argv) {
  keepFreedMemory();
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

// Entry point: dispatches to the interactive app or a command-line verb.
#include <malloc.h>
#include <sched.h>

#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <string>
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

// Mesa's software rasteriser starts one thread per core, and a frame waits for the last of
// them. One thread more keeps every core busy to the end of the frame when one is held up:
// on 2 cores, `itinera bench` p95 fell from about 15.5 to 12 ms. A value the user set is kept.
void balanceSoftwareRasteriser() {
  cpu_set_t usable;  // the cores this process may run on, which a container may limit
  int cores = sched_getaffinity(0, sizeof usable, &usable) == 0 ? CPU_COUNT(&usable) : 1;
  setenv("LP_NUM_THREADS", std::to_string(std::max(1, cores) + 1).c_str(), 0);
}

}  // namespace

int main(int argc, char** argv) {
  keepFreedMemory();
  balanceSoftwareRasteriser();
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

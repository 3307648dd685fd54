// Entry point: the command line names a verb or the interactive app, and main dispatches.
#include <malloc.h>
#include <sched.h>

#include <algorithm>
#include <cstdlib>
#include <string>
#include <vector>

#include "app/app_main.h"
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
  return runCommandLine(std::vector<std::string>(argv + 1, argv + argc), runApp);
}

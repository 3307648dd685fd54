// Ctrl-C and kill: SIGINT and SIGTERM set a flag that long loops check, so they stop, clean
// up and exit 130 or 143 (128 + the signal) instead of dying mid-write or being ignored.
#pragma once

namespace itinera {

// Installs the handlers (once; later calls do nothing). A second signal, should the first
// go unheeded, ends the process at once.
void catchInterruptions();
// True once SIGINT or SIGTERM has arrived.
bool interrupted();
// 128 + the signal that arrived (130 for SIGINT, 143 for SIGTERM); 0 if none did.
int interruptionExitCode();
// For tests: as if `signal` had arrived, or (0) as if none had.
void simulateInterruption(int signal);

}  // namespace itinera

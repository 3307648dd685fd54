// The signal handler only stores the signal: everything else happens in the loops.
#include "render/interruption.h"

#include <signal.h>

#include <atomic>

namespace itinera {
namespace {

std::atomic<int> gSignal{0};
static_assert(std::atomic<int>::is_always_lock_free, "the handler must not take a lock");

// A second signal, when the first went unheeded, ends the process the default way.
extern "C" void onInterruption(int signal) {
  if (gSignal.exchange(signal, std::memory_order_relaxed) != 0) {
    ::signal(signal, SIG_DFL);
    raise(signal);
  }
}

}  // namespace

void catchInterruptions() {
  static const bool installed = [] {
    struct sigaction action {};
    action.sa_handler = onInterruption;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;  // a write under way finishes rather than failing
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
    return true;
  }();
  (void)installed;
}

bool interrupted() { return gSignal.load(std::memory_order_relaxed) != 0; }

int interruptionExitCode() {
  int signal = gSignal.load(std::memory_order_relaxed);
  return signal ? 128 + signal : 0;
}

void simulateInterruption(int signal) { gSignal.store(signal, std::memory_order_relaxed); }

}  // namespace itinera

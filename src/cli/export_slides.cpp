// `itinera export slides`: one slide per card of the presenter sequence.
#include "cli/cli_common.h"
#include "cli/commands.h"

namespace itinera {

int runExportSlides(const CommandLine&) { return fail("export slides is not available yet", kExitFailure); }

}  // namespace itinera

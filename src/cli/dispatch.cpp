// From the command line to the verb it names.
#include <filesystem>
#include <iostream>

#include "cli/cli_common.h"
#include "cli/commands.h"
#include "core/io/data_directory.h"

namespace itinera {

int runCommandLine(const std::vector<std::string>& args, const AppLauncher& launchApp) {
  auto cl = parseCommandLine(args);
  if (!cl) return fail(cl.error(), kExitUsage);
  const std::string& verb = cl->verb;
  if (verb == "help" || verb == "version") {
    std::cout << cl->text;
    return kExitOk;
  }
  if (cl->has("--basemap")) {
    std::string path = cl->get("--basemap");
    std::error_code ec;
    if (path.empty()) return fail("--basemap: expected a file name", kExitUsage);
    if (!std::filesystem::exists(path, ec))
      return fail(path + ": basemap file not found (given by --basemap)", kExitFailure);
    setBasemapFile(path);
  }
  if (verb == "render") return runRender(cl.value());
  if (verb == "locate") return runLocate(cl.value());
  if (verb == "bench") return runBench(cl.value());
  if (verb == "validate") return runValidate(cl.value());
  if (verb == "agenda") return runAgenda(cl.value());
  if (verb == "state") return runState(cl.value());
  if (verb == "export") return runExport(cl.value());
  if (verb == "import") return runImport(cl.value());
  return runAppVerb(cl.value(), launchApp);
}

}  // namespace itinera

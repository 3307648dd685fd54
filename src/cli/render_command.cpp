// `itinera render`: the map of a view written to a PNG, with no display needed.
#include <iostream>

#include "cli/cli_common.h"
#include "cli/commands.h"
#include "core/png_writer.h"
#include "render/headless_renderer.h"

namespace itinera {

int runRender(const CommandLine& cl) {
  if (!cl.has("-o")) return fail("render needs an output file: -o out.png", kExitUsage);
  auto view = viewOption(cl);
  if (!view) return fail(view.error(), kExitUsage);
  auto size = sizeOption(cl, {1920, 1080});
  if (!size) return fail(size.error(), kExitUsage);
  auto data = loadMapData(dataDirectory(), cl.get("--crs", kDefaultCrs), levelForView(view.value(), size.value()));
  if (!data) return fail(data.error(), kExitFailure);
  auto renderer = HeadlessRenderer::create(*data.value(), size.value());
  if (!renderer) return fail(renderer.error(), kExitFailure);
  Camera camera = cameraForView(view.value(), data.value()->projection, size.value());
  std::vector<uint8_t> pixels = renderer.value()->render(camera);
  std::string error = writePngAtomically(cl.get("-o"), size->width, size->height, pixels);
  if (!error.empty()) return fail(error, kExitFailure);
  return kExitOk;
}

}  // namespace itinera

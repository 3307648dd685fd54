// The basemap the map draws: the bundled world with its detailed regions, or the user's file.
#pragma once

#include <string>
#include <vector>

#include "core/geo/basemap.h"

namespace itinera {

// geodata/*.gpkg built as regions (panama.gpkg first): the full-resolution regions.
std::vector<std::string> regionBasemapPaths(const std::string& dataDir);

// The box a region file covers: its ITINERA_REGION_BBOX metadata ("W,S,E,N"), else the extent
// of its countries layer.
Result<DegreeBox> regionBox(const std::string& path);

// Each region in full detail, and the world outside the regions, all cut to where the
// projection holds (usableArea), so each place is drawn from the most detailed data there is.
Result<Basemap> loadBundledBasemap(const std::string& dataDir, const Projection& projection);

// Any OGR vector file (`--basemap`), cut to where the projection holds.
Result<Basemap> loadBasemapFile(const std::string& path, const Projection& projection);

}  // namespace itinera

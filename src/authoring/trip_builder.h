// From imported rows to a trip file (docs/trip-format.md): places resolved through the
// gazetteer, people, events, travellers and the legs between their places, every fact cited
// to its row of the imported file.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "authoring/gazetteer.h"
#include "authoring/import_rows.h"
#include "core/time/trip_clock.h"

namespace itinera {

struct TripBuildOptions {
  std::string fileName;  // the imported file's bare name, as the trip's source names it
  std::string kindOfFile;  // "spreadsheet" or "calendar", for the source's title
  std::string title;     // the trip's title
  std::string id;        // the trip's id (kebab-case)
  PlaceHint hint;        // --near
};

// The trip's JSON text, or nothing with every problem reported at its row into `sink`
// (places that cannot be resolved, travellers in two places at once).
std::optional<std::string> buildTrip(const ImportedRows& rows, std::string_view fileBytes, const Gazetteer& gazetteer,
                                     const TripClock& clock, const TripBuildOptions& options, ProblemSink& sink);

// "San José de Jáchal" -> "san-jose-de-jachal": a trip id of at most 64 characters, or "" when
// nothing of the text is left.
std::string kebabId(std::string_view text);

}  // namespace itinera

// What the map shows of a trip still being started (no events yet) before it validates: its
// header and its point places, so a user sees each place as it is added.
#pragma once

#include <string>

#include "core/edit/json_layout.h"

namespace itinera {

// A trip file holding `doc`'s period, time zone and point places (named, with their precision)
// and nothing else; each place cites a stand-in source. Shown only, never saved.
std::string draftPreviewText(const OrderedJson& doc);

}  // namespace itinera

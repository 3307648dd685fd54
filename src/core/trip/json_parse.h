// JSON text to a document, with every syntax problem located at the parser's own position
// (the byte it stopped at), including numbers out of range and nesting too deep.
#pragma once

#include <optional>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/trip/trip_problem.h"

namespace itinera {

// Parses `text` (valid UTF-8, no NUL, no byte-order mark) into a document, or reports the one
// syntax problem at its line and column and returns nullopt. Arrays and objects nested deeper than
// `maxDepth` are refused where the first too-deep one opens, before they are built.
std::optional<nlohmann::json> parseJsonText(std::string_view text, ProblemSink& sink, int maxDepth);

}  // namespace itinera

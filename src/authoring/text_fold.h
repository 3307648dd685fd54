// Place names folded for matching: "San José", "SAN JOSE" and "san  jose" are the same key.
#pragma once

#include <string>
#include <string_view>

namespace itinera {

// Lower case, Latin letters without their accents (é -> e, ß -> ss, Ł -> l), runs of spaces,
// hyphens and dots as one space, no leading or trailing space. Other letters are kept as they are.
std::string foldName(std::string_view utf8);

}  // namespace itinera

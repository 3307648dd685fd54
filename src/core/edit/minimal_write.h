// Writing an edited JSON document back over the text it was read from, so that every value that
// did not change keeps its bytes (order, spacing, number spelling) and a change is a small diff.
#pragma once

#include <string>
#include <string_view>

#include "core/edit/json_layout.h"

namespace itinera {

// The text of `edited`, made from `original` (the text `before` was parsed from, with its
// `layout`): unchanged values are copied, changed ones rewritten in the file's style, removed
// members and elements cut out with their separators, new ones inserted after their neighbours.
// Array elements are matched by their "id" (or "person", for travellers) when they all have one.
// The result always parses back to `edited`: where splicing could not promise that, the whole
// document is written anew.
std::string writeMinimally(std::string_view original, const JsonSpan& layout, const OrderedJson& before,
                           const OrderedJson& edited);

}  // namespace itinera

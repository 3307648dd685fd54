// Where each value of a JSON text lies (byte spans of members and elements), and JSON written in
// the trip files' own style, so an edited document can be written back changing only what changed.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace itinera {

using OrderedJson = nlohmann::ordered_json;

// One value of the text: [begin, end) in bytes; members (with the byte where the key's quote
// opens) for an object, elements for an array.
struct JsonSpan {
  size_t begin = 0, end = 0;
  std::vector<size_t> keyBegins;     // objects: where each member's key starts
  std::vector<JsonSpan> children;    // objects: each member's value, in order; arrays: the elements
};

// The spans of `text`, which must be valid JSON (parse it first): the top value's span tree.
JsonSpan scanJsonLayout(std::string_view text);

// `value` as the trip files write it: an object or array that fits on one line within `width`
// columns (counting `indent`) is written inline, `{"a": 1, "b": [2, 3]}`; else one member or
// element per line, indented by two spaces more than `indent` (the line's indentation).
std::string formatJson(const OrderedJson& value, size_t indent = 0, size_t width = 120);

}  // namespace itinera

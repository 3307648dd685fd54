// Citations of a row of an imported file, by the trip format's rules: paragraphs separated by
// blank lines, spans in code points from the paragraph's start (docs/trip-format.md).
#pragma once

#include <string_view>
#include <vector>

namespace itinera {

struct RowSpan {
  int paragraph = 0;  // from 1
  size_t start = 0, end = 0;  // code points, end exclusive
};

// The spans covering bytes [begin, end) of `file`: one per paragraph the bytes touch (a quoted
// cell may hold a blank line), line breaks and blank lines left out.
std::vector<RowSpan> rowSpans(std::string_view file, size_t begin, size_t end);

}  // namespace itinera

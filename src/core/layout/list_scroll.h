// Where to scroll a list of rows so that one row shows, with no line cut at the top.
#pragma once

#include <cstddef>
#include <limits>
#include <vector>

namespace itinera {

// `rowTops` are the tops of the list's rows in increasing order, `current` the row to show
// and `sectionStart` the heading of its section. Returns the row top to scroll to: the
// heading, when the current row then lies in the upper part of the view; otherwise the row
// that puts the current one about a third of the way down. Near the end of the list, where
// scrolling stops at `lastTop`, the row starting at or above it.
double scrollToShow(const std::vector<double>& rowTops, size_t current, size_t sectionStart, double viewHeight,
                    double lastTop = std::numeric_limits<double>::infinity());

}  // namespace itinera

// List scrolling arithmetic.
#include "core/layout/list_scroll.h"

#include <algorithm>

namespace itinera {

double scrollToShow(const std::vector<double>& rowTops, size_t current, size_t sectionStart, double viewHeight,
                    double lastTop) {
  if (current >= rowTops.size()) return rowTops.empty() ? 0 : rowTops.front();
  sectionStart = std::min(sectionStart, current);
  double wanted = rowTops[current] - rowTops[sectionStart] <= 0.6 * viewHeight ? rowTops[sectionStart]
                                                                                : rowTops[current] - viewHeight / 3;
  // The last row starting at or above the wanted top: scrolling to a row's start cuts no line.
  auto after = std::upper_bound(rowTops.begin(), rowTops.begin() + long(current) + 1, std::min(wanted, lastTop));
  return after == rowTops.begin() ? rowTops.front() : *(after - 1);
}

}  // namespace itinera

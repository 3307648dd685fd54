// An edit of a trip document as a value: the JSON pointer it changes and the value there before
// and after (absent for an insertion or a removal), so applying and reverting are exact.
#pragma once

#include <optional>
#include <string>

#include "core/edit/json_layout.h"

namespace itinera {

struct EditCommand {
  std::string label;  // what the user did, for the Undo button: "Move place tocumen"
  std::string pointer;  // RFC 6901, e.g. "/features/3/geometry/coordinates"
  std::optional<OrderedJson> before, after;  // nullopt: no value there (inserted, removed)
  // Edits of the same field typed one after another are undone together.
  bool mergeable = false;

  // Applies the edit to `doc` (inserting into an array at the pointer's index, adding a member,
  // replacing or removing); false, changing nothing, when `doc` does not hold what `before` says.
  bool apply(OrderedJson& doc) const;
  bool revert(OrderedJson& doc) const;
};

}  // namespace itinera

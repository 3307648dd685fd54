// Applying and reverting an edit at its JSON pointer.
#include "core/edit/edit_command.h"

namespace itinera {
namespace {

using Pointer = OrderedJson::json_pointer;

// Puts `to` where `from` is (both as the document holds them now), checking `from` first.
bool exchange(OrderedJson& doc, const std::string& path, const std::optional<OrderedJson>& from,
              const std::optional<OrderedJson>& to) {
  Pointer pointer(path);
  if (pointer.empty()) {
    if (!from || !to || doc != *from) return false;
    doc = *to;
    return true;
  }
  Pointer parentPointer = pointer.parent_pointer();
  if (!doc.contains(parentPointer)) return false;
  OrderedJson& parent = doc[parentPointer];
  const std::string last = pointer.back();
  if (parent.is_array()) {
    size_t index = last == "-" ? parent.size() : size_t(std::stoul(last));
    if (from) {
      if (index >= parent.size() || parent[index] != *from) return false;
      if (to) parent[index] = *to;
      else parent.erase(index);
    } else {
      if (!to || index > parent.size()) return false;
      parent.insert(parent.begin() + std::ptrdiff_t(index), *to);
    }
    return true;
  }
  if (!parent.is_object()) return false;
  bool present = parent.contains(last);
  if (present != from.has_value() || (present && parent[last] != *from)) return false;
  if (to) parent[last] = *to;
  else parent.erase(last);
  return true;
}

}  // namespace

bool EditCommand::apply(OrderedJson& doc) const {
  try {
    return exchange(doc, pointer, before, after);
  } catch (const std::exception&) {  // a malformed pointer or index
    return false;
  }
}

bool EditCommand::revert(OrderedJson& doc) const {
  try {
    return exchange(doc, pointer, after, before);
  } catch (const std::exception&) {
    return false;
  }
}

}  // namespace itinera

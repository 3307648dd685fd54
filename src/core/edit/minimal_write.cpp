// The minimal-diff writer: a list of byte-range edits over the original text, made by walking
// the old and new documents together, then applied in order.
#include "core/edit/minimal_write.h"

#include <algorithm>
#include <map>
#include <optional>

namespace itinera {
namespace {

struct Splice {
  size_t begin, end;  // the bytes replaced; begin == end inserts
  std::string text;
};

class Differ {
 public:
  explicit Differ(std::string_view text) : text_(text) {}

  void value(const JsonSpan& span, const OrderedJson& before, const OrderedJson& after) {
    if (before == after) return;
    if (before.is_object() && after.is_object() && !before.empty() && object(span, before, after)) return;
    if (before.is_array() && after.is_array() && !before.empty() && array(span, before, after)) return;
    replace(span, after);
  }

  std::vector<Splice> splices;

 private:
  // Leading spaces of the line holding byte `at`.
  size_t indentAt(size_t at) const {
    size_t lineStart = text_.rfind('\n', at == 0 ? 0 : at - 1);
    lineStart = lineStart == std::string_view::npos ? 0 : lineStart + 1;
    size_t n = 0;
    while (lineStart + n < text_.size() && text_[lineStart + n] == ' ') ++n;
    return n;
  }
  bool sameLine(size_t a, size_t b) const { return text_.substr(std::min(a, b), std::max(a, b) - std::min(a, b)).find('\n') == std::string_view::npos; }
  // The separator before a new neighbour of the member or element starting at `sibling` in the
  // container opening at `open`: inline containers stay on one line.
  std::string separator(size_t open, size_t sibling) const {
    return sameLine(open, sibling) ? ", " : ",\n" + std::string(indentAt(sibling), ' ');
  }

  void replace(const JsonSpan& span, const OrderedJson& after) {
    splices.push_back({span.begin, span.end, formatJson(after, indentAt(span.begin))});
  }
  // Cuts out child `i` of `span` (whose starts are `starts`) with one separator.
  void cut(const JsonSpan& span, const std::vector<size_t>& starts, size_t i) {
    if (i > 0) splices.push_back({span.children[i - 1].end, span.children[i].end, ""});
    else splices.push_back({starts[0], starts[1], ""});
  }

  bool object(const JsonSpan& span, const OrderedJson& before, const OrderedJson& after) {
    std::vector<std::string> keys;
    for (auto it = before.begin(); it != before.end(); ++it) keys.push_back(it.key());
    if (keys.size() != span.children.size()) return false;
    // Kept members must keep their order, and new ones come after them all.
    std::vector<std::string> kept, added;
    for (auto it = after.begin(); it != after.end(); ++it) {
      if (before.contains(it.key())) {
        if (!added.empty()) return false;
        kept.push_back(it.key());
      } else {
        added.push_back(it.key());
      }
    }
    if (kept.empty()) return false;
    std::vector<std::string> keptInOrder;
    for (const std::string& k : keys)
      if (after.contains(k)) keptInOrder.push_back(k);
    if (keptInOrder != kept) return false;
    for (size_t i = 0; i < keys.size(); ++i) {
      if (!after.contains(keys[i])) cut(span, span.keyBegins, i);
      else value(span.children[i], before[keys[i]], after[keys[i]]);
    }
    size_t last = span.children.size() - 1;
    std::string sep = separator(span.begin, span.keyBegins[last]);
    size_t indent = sep.size() > 2 ? sep.size() - 2 : indentAt(span.begin);
    for (const std::string& k : added)
      splices.push_back({span.children[last].end, span.children[last].end,
                         sep + OrderedJson(k).dump() + ": " + formatJson(after[k], indent)});
    return true;
  }

  static std::optional<std::string> identity(const OrderedJson& v) {
    if (!v.is_object()) return std::nullopt;
    for (const char* key : {"id", "person"})
      if (v.contains(key) && v[key].is_string()) return std::string(key) + ":" + v[key].get<std::string>();
    return std::nullopt;
  }
  // The elements' identities, or nothing when one has none or two share one.
  static std::optional<std::map<std::string, size_t>> identities(const OrderedJson& list) {
    std::map<std::string, size_t> ids;
    for (size_t i = 0; i < list.size(); ++i) {
      auto id = identity(list[i]);
      if (!id || !ids.emplace(*id, i).second) return std::nullopt;
    }
    return ids;
  }

  bool array(const JsonSpan& span, const OrderedJson& before, const OrderedJson& after) {
    if (before.size() != span.children.size()) return false;
    auto oldIds = identities(before), newIds = identities(after);
    if (!oldIds || !newIds) {
      if (before.size() != after.size()) return false;
      for (size_t i = 0; i < before.size(); ++i) value(span.children[i], before[i], after[i]);
      return true;
    }
    std::vector<size_t> starts;
    for (const JsonSpan& c : span.children) starts.push_back(c.begin);
    std::vector<size_t> matched;  // old index of each kept element, in the new order
    for (const OrderedJson& v : after)
      if (auto it = oldIds->find(*identity(v)); it != oldIds->end()) matched.push_back(it->second);
    if (matched.empty() || !std::is_sorted(matched.begin(), matched.end())) return false;
    for (size_t i = 0; i < before.size(); ++i)
      if (!newIds->count(*identity(before[i]))) cut(span, starts, i);
    std::string sep = separator(span.begin, starts[0]);
    size_t indent = sep.size() > 2 ? sep.size() - 2 : indentAt(span.begin);
    std::optional<size_t> anchor;  // the old element the next new one follows
    std::vector<std::string> leading;  // new elements before every kept one
    for (const OrderedJson& v : after) {
      auto it = oldIds->find(*identity(v));
      if (it != oldIds->end()) {
        value(span.children[it->second], before[it->second], v);
        anchor = it->second;
      } else if (anchor) {
        splices.push_back({span.children[*anchor].end, span.children[*anchor].end, sep + formatJson(v, indent)});
      } else {
        leading.push_back(formatJson(v, indent) + sep);
      }
    }
    for (const std::string& text : leading) splices.push_back({starts[0], starts[0], text});
    return true;
  }

  std::string_view text_;
};

}  // namespace

std::string writeMinimally(std::string_view original, const JsonSpan& layout, const OrderedJson& before,
                           const OrderedJson& edited) {
  Differ differ(original);
  differ.value(layout, before, edited);
  std::vector<Splice>& splices = differ.splices;
  std::stable_sort(splices.begin(), splices.end(), [](const Splice& a, const Splice& b) { return a.begin < b.begin; });
  std::string out;
  size_t cursor = 0;
  for (const Splice& s : splices) {
    if (s.begin > cursor) out.append(original.substr(cursor, s.begin - cursor));
    out += s.text;
    cursor = std::max(cursor, s.end);
  }
  if (cursor < original.size()) out.append(original.substr(cursor));
  // The promise: the text reads back as the edited document, else it is written anew.
  OrderedJson check = OrderedJson::parse(out, nullptr, false);
  if (check.is_discarded() || check != edited) return formatJson(edited) + "\n";
  return out;
}

}  // namespace itinera

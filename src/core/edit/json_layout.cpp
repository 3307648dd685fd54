// Scanning a JSON text's layout, and writing JSON in the trip files' style.
#include "core/edit/json_layout.h"

namespace itinera {
namespace {

class Scanner {
 public:
  explicit Scanner(std::string_view text) : text_(text) {}

  JsonSpan value() {
    skipSpace();
    JsonSpan span;
    span.begin = pos_;
    char c = peek();
    if (c == '{') object(span);
    else if (c == '[') array(span);
    else if (c == '"') string();
    else scalar();
    span.end = pos_;
    return span;
  }

 private:
  char peek() const { return pos_ < text_.size() ? text_[pos_] : '\0'; }
  void skipSpace() {
    while (pos_ < text_.size() && (text_[pos_] == ' ' || text_[pos_] == '\n' || text_[pos_] == '\r' || text_[pos_] == '\t'))
      ++pos_;
  }
  void string() {
    ++pos_;  // the opening quote
    while (pos_ < text_.size() && text_[pos_] != '"') pos_ += text_[pos_] == '\\' ? 2 : 1;
    ++pos_;
  }
  void scalar() {
    while (pos_ < text_.size() && std::string_view(",]} \n\r\t").find(text_[pos_]) == std::string_view::npos) ++pos_;
  }
  void object(JsonSpan& span) {
    ++pos_;
    skipSpace();
    while (pos_ < text_.size() && peek() != '}') {
      span.keyBegins.push_back(pos_);
      string();
      skipSpace();
      ++pos_;  // ':'
      span.children.push_back(value());
      skipSpace();
      if (peek() == ',') ++pos_, skipSpace();
    }
    ++pos_;
  }
  void array(JsonSpan& span) {
    ++pos_;
    skipSpace();
    while (pos_ < text_.size() && peek() != ']') {
      span.children.push_back(value());
      skipSpace();
      if (peek() == ',') ++pos_, skipSpace();
    }
    ++pos_;
  }

  std::string_view text_;
  size_t pos_ = 0;
};

std::string inlineJson(const OrderedJson& value) {
  if (value.is_object()) {
    if (value.empty()) return "{}";
    std::string out = "{";
    for (auto it = value.begin(); it != value.end(); ++it) {
      if (it != value.begin()) out += ", ";
      out += OrderedJson(it.key()).dump() + ": " + inlineJson(it.value());
    }
    return out + "}";
  }
  if (value.is_array()) {
    if (value.empty()) return "[]";
    std::string out = "[";
    for (size_t i = 0; i < value.size(); ++i) out += (i ? ", " : "") + inlineJson(value[i]);
    return out + "]";
  }
  return value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace

JsonSpan scanJsonLayout(std::string_view text) { return Scanner(text).value(); }

std::string formatJson(const OrderedJson& value, size_t indent, size_t width) {
  std::string line = inlineJson(value);
  if ((!value.is_object() && !value.is_array()) || value.empty() || indent + line.size() <= width) return line;
  const std::string inner(indent + 2, ' ');
  std::string out = value.is_object() ? "{\n" : "[\n";
  size_t i = 0;
  for (auto it = value.begin(); it != value.end(); ++it, ++i) {
    out += inner;
    if (value.is_object()) out += OrderedJson(it.key()).dump() + ": ";
    out += formatJson(it.value(), indent + 2, width);
    out += i + 1 < value.size() ? ",\n" : "\n";
  }
  return out + std::string(indent, ' ') + (value.is_object() ? "}" : "]");
}

}  // namespace itinera

// JSON parsing through nlohmann's SAX interface, reading the input through an iterator that
// remembers how far the parser has read, so every problem has the parser's own position.
#include "core/trip/json_parse.h"

#include <iterator>

#include "core/trip/json_text.h"

namespace itinera {
namespace {

using Json = nlohmann::json;

// A byte iterator that records, in a shared pointer, the furthest byte the parser has read.
class TrackingIterator {
 public:
  using iterator_category = std::input_iterator_tag;
  using value_type = char;
  using difference_type = std::ptrdiff_t;
  using pointer = const char*;
  using reference = const char&;

  TrackingIterator(const char* at, const char** furthest) : at_(at), furthest_(furthest) {}
  reference operator*() const { return *at_; }
  TrackingIterator& operator++() {
    *furthest_ = ++at_;
    return *this;
  }
  TrackingIterator operator++(int) {
    TrackingIterator before = *this;
    ++*this;
    return before;
  }
  bool operator==(const TrackingIterator& other) const { return at_ == other.at_; }
  bool operator!=(const TrackingIterator& other) const { return at_ != other.at_; }

 private:
  const char* at_;
  const char** furthest_;
};

// Builds the document with nlohmann's own DOM builder, counting depth and keeping the error.
class LocatingHandler {
 public:
  LocatingHandler(Json& root, const char* begin, const char** furthest, int maxDepth)
      : dom_(root, false), begin_(begin), furthest_(furthest), maxDepth_(maxDepth) {}

  bool null() { return dom_.null(); }
  bool boolean(bool v) { return dom_.boolean(v); }
  bool number_integer(Json::number_integer_t v) { return dom_.number_integer(v); }
  bool number_unsigned(Json::number_unsigned_t v) { return dom_.number_unsigned(v); }
  bool number_float(Json::number_float_t v, const Json::string_t& s) { return dom_.number_float(v, s); }
  bool string(Json::string_t& v) { return dom_.string(v); }
  bool binary(Json::binary_t& v) { return dom_.binary(v); }
  bool key(Json::string_t& v) { return dom_.key(v); }
  bool start_object(std::size_t n) { return deeper() && dom_.start_object(n); }
  bool end_object() { return --depth_, dom_.end_object(); }
  bool start_array(std::size_t n) { return deeper() && dom_.start_array(n); }
  bool end_array() { return --depth_, dom_.end_array(); }

  bool parse_error(std::size_t position, const std::string& lastToken, const nlohmann::detail::exception& e) {
    if (e.id == 406) {  // a number too large for a double: point at its first character
      offset_ = position >= lastToken.size() ? position - lastToken.size() : 0;
      message_ = "number out of range: " + lastToken + " does not fit in a double";
    } else {
      offset_ = position > 0 ? position - 1 : 0;
      std::string what = e.what();
      size_t colon = what.find(": ");  // drop "[json.exception...] parse error at line 1, column 2"
      message_ = "JSON syntax error: " + (colon == std::string::npos ? what : what.substr(colon + 2));
    }
    return false;
  }

  size_t offset() const { return offset_; }
  const std::string& message() const { return message_; }

 private:
  // The opening bracket just read is the last byte the parser has taken.
  bool deeper() {
    if (++depth_ <= maxDepth_) return true;
    offset_ = static_cast<size_t>(*furthest_ - begin_) - 1;
    message_ = "JSON nested more than " + std::to_string(maxDepth_) + " levels deep";
    return false;
  }

  nlohmann::detail::json_sax_dom_parser<Json> dom_;
  const char* begin_;
  const char** furthest_;
  int maxDepth_;
  int depth_ = 0;
  size_t offset_ = 0;
  std::string message_;
};

}  // namespace

std::optional<Json> parseJsonText(std::string_view text, ProblemSink& sink, int maxDepth) {
  const char* begin = text.data();
  const char* furthest = begin;
  Json root;
  LocatingHandler handler(root, begin, &furthest, maxDepth);
  TrackingIterator first(begin, &furthest), last(begin + text.size(), &furthest);
  if (Json::sax_parse(first, last, &handler)) return root;
  TextPosition at = positionOfByte(text, handler.offset());
  sink.at(at.line, at.column, handler.message().empty() ? "JSON syntax error" : handler.message());
  return std::nullopt;
}

}  // namespace itinera

// Text positions and UTF-8 for JSON input: validation, byte offset to line:column, code points.
#include "core/trip/json_text.h"

namespace itinera {
namespace {

bool isContinuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// Length of the well-formed UTF-8 sequence starting at `pos`, or 0 if it is ill-formed
// (Unicode 15, table 3-7).
size_t sequenceLength(std::string_view s, size_t pos) {
  auto at = [&](size_t i) { return static_cast<unsigned char>(s[i]); };
  unsigned char c = at(pos);
  if (c < 0x80) return 1;
  size_t len = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
  if (len == 0 || pos + len > s.size()) return 0;
  for (size_t i = 1; i < len; ++i)
    if (!isContinuation(at(pos + i))) return 0;
  unsigned char c1 = at(pos + 1);
  if ((c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 > 0x9F)) return 0;  // overlong, surrogate
  if ((c == 0xF0 && c1 < 0x90) || (c == 0xF4 && c1 > 0x8F)) return 0;  // overlong, > U+10FFFF
  return len;
}

}  // namespace

TextPosition positionOfByte(std::string_view text, size_t offset) {
  if (offset > text.size()) offset = text.size();
  TextPosition p;
  for (size_t i = 0; i < offset; ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == '\n') {
      ++p.line;
      p.column = 1;
    } else if (!isContinuation(c)) {
      ++p.column;
    }
  }
  return p;
}

std::optional<size_t> firstInvalidUtf8(std::string_view text) {
  size_t pos = 0;
  while (pos < text.size()) {
    size_t len = sequenceLength(text, pos);
    if (len == 0) return pos;
    pos += len;
  }
  return std::nullopt;
}

std::string_view foreignUnicodeEncoding(std::string_view t) {
  auto starts = [&](std::string_view prefix) { return t.substr(0, prefix.size()) == prefix; };
  using namespace std::string_view_literals;
  if (starts("\xFF\xFE\0\0"sv) || starts("\0\0\xFE\xFF"sv)) return "UTF-32";
  if (starts("\xFF\xFE"sv) || starts("\xFE\xFF"sv)) return "UTF-16";
  if (t.size() < 4) return "";
  bool zero[4] = {t[0] == 0, t[1] == 0, t[2] == 0, t[3] == 0};
  if ((zero[0] && zero[1] && zero[2] && !zero[3]) || (!zero[0] && zero[1] && zero[2] && zero[3])) return "UTF-32";
  if ((zero[0] && !zero[1] && zero[2] && !zero[3]) || (!zero[0] && zero[1] && !zero[2] && zero[3])) return "UTF-16";
  return "";
}

std::string escapeForOutput(std::string_view text) {
  static const char kHex[] = "0123456789abcdef";
  std::string out;
  size_t pos = 0;
  while (pos < text.size()) {
    unsigned char c = static_cast<unsigned char>(text[pos]);
    size_t len = sequenceLength(text, pos);
    if (len == 0 || c < 0x20 || c == 0x7F) {
      out += "\\x";
      out += kHex[c >> 4];
      out += kHex[c & 15];
      ++pos;
      continue;
    }
    out.append(text.substr(pos, len));
    pos += len;
  }
  return out;
}

size_t codePointCount(std::string_view text) {
  size_t n = 0;
  for (char c : text)
    if (!isContinuation(static_cast<unsigned char>(c))) ++n;
  return n;
}

std::optional<std::string> codePointSlice(std::string_view text, size_t start, size_t end) {
  if (start > end) return std::nullopt;
  size_t index = 0, startByte = std::string_view::npos;
  for (size_t i = 0; i <= text.size(); ++i) {
    bool boundary = i == text.size() || !isContinuation(static_cast<unsigned char>(text[i]));
    if (!boundary) continue;
    if (index == start) startByte = i;
    if (index == end) return std::string(text.substr(startByte, i - startByte));
    ++index;
  }
  return std::nullopt;
}

}  // namespace itinera

// Text positions and UTF-8 for JSON input: validation, byte offset to line:column, code points.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace itinera {

struct TextPosition {
  int line = 1;    // 1-based
  int column = 1;  // 1-based, counted in Unicode code points from the start of the line
};

// The line and column of byte `offset` (0-based) in `text`. Offsets past the end map to the end.
TextPosition positionOfByte(std::string_view text, size_t offset);

// Byte offset of the first ill-formed UTF-8 sequence (overlong forms, surrogates and values above
// U+10FFFF are ill-formed), or nullopt when the whole text is valid UTF-8.
std::optional<size_t> firstInvalidUtf8(std::string_view text);

// "UTF-16" or "UTF-32" when the text starts with that encoding's byte-order mark or, without one,
// with the pattern of zero bytes ASCII leaves in it (RFC 4627, section 3); else "".
std::string_view foreignUnicodeEncoding(std::string_view text);

// `text` with each byte that is not part of well-formed UTF-8, and each control character
// (line breaks too: a message is one line), written as \xNN: safe to print whatever the input held.
std::string escapeForOutput(std::string_view text);

// Number of code points in valid UTF-8 `text`.
size_t codePointCount(std::string_view text);

// The code points [start, end) of valid UTF-8 `text`; nullopt when the range is not inside it.
std::optional<std::string> codePointSlice(std::string_view text, size_t start, size_t end);

}  // namespace itinera

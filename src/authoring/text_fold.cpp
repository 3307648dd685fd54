// Folding of place names for the gazetteer's index: case and Latin accents ignored.
#include "authoring/text_fold.h"

namespace itinera {
namespace {

// Base letters of U+00C0..U+017F, one string per code point ("" keeps the letter as it is).
const char* latinBase(char32_t c) {
  static const char* const kLatin1[64] = {
      "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
      "d", "n", "o", "o", "o", "o", "o", "",  "o", "u", "u", "u", "u", "y", "th", "ss",
      "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
      "d", "n", "o", "o", "o", "o", "o", "",  "o", "u", "u", "u", "u", "y", "th", "y"};
  // U+0100..U+017F in pairs (upper, lower) mostly; one base letter per code point.
  static const char* const kExtendedA =
      "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkkllllllllllnnnnnnnnnoooooooo"
      "rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";
  static std::string one[128];
  if (c >= 0xC0 && c < 0x100) return kLatin1[c - 0xC0];
  if (c >= 0x100 && c < 0x180) {
    size_t i = c - 0x100;
    if (one[i].empty()) one[i] = std::string(1, kExtendedA[i]);
    return one[i].c_str();
  }
  return "";
}

// Decodes one code point at `i` (advancing it); invalid bytes come back as themselves.
char32_t decode(std::string_view s, size_t& i) {
  unsigned char b = s[i];
  int extra = b >= 0xF0 ? 3 : b >= 0xE0 ? 2 : b >= 0xC0 ? 1 : 0;
  if (b < 0x80 || i + extra >= s.size()) {
    ++i;
    return b;
  }
  char32_t c = b & (0x3F >> extra);
  for (int k = 1; k <= extra; ++k) c = (c << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  i += extra + 1;
  return c;
}

}  // namespace

std::string foldName(std::string_view utf8) {
  std::string out;
  bool space = false;
  for (size_t i = 0; i < utf8.size();) {
    size_t from = i;
    char32_t c = decode(utf8, i);
    if (c == ' ' || c == '-' || c == '.' || c == '\t' || c == '\'' || c == 0x2019) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    if (c < 0x80) {
      out += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    } else if (const char* base = latinBase(c); *base) {
      out += base;
    } else {
      out.append(utf8.substr(from, i - from));
    }
  }
  return out;
}

}  // namespace itinera

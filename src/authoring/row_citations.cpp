// Paragraph and code-point spans of a byte range, walking the file's lines once.
#include "authoring/row_citations.h"

#include <algorithm>

#include "core/trip/json_text.h"

namespace itinera {

std::vector<RowSpan> rowSpans(std::string_view file, size_t begin, size_t end) {
  std::vector<RowSpan> out;
  int paragraph = 0;
  bool open = false;
  size_t paragraphCodePoints = 0;  // code points of the paragraph before the current line
  size_t pos = 0;
  while (pos < file.size() && pos < end) {
    size_t nl = file.find('\n', pos);
    size_t lineEnd = nl == std::string_view::npos ? file.size() : nl;
    if (lineEnd > pos && file[lineEnd - 1] == '\r') --lineEnd;
    std::string_view line = file.substr(pos, lineEnd - pos);
    bool blank = line.find_first_not_of(" \t") == std::string_view::npos;
    if (blank) {
      open = false;
    } else {
      if (!open) {
        ++paragraph;
        paragraphCodePoints = 0;
      } else {
        ++paragraphCodePoints;  // the '\n' joining this line to the one before
      }
      open = true;
      size_t a = std::max(begin, pos), b = std::min(end, lineEnd);
      if (a < b) {
        size_t s = paragraphCodePoints + codePointCount(file.substr(pos, a - pos));
        size_t e = s + codePointCount(file.substr(a, b - a));
        if (!out.empty() && out.back().paragraph == paragraph)
          out.back().end = e;
        else
          out.push_back({paragraph, s, e});
      }
      paragraphCodePoints += codePointCount(line);
    }
    pos = nl == std::string_view::npos ? file.size() : nl + 1;
  }
  return out;
}

}  // namespace itinera

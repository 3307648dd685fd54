// Finding a passage in a source's paragraphs.
#include "core/edit/passage_citation.h"

#include <algorithm>

#include "core/trip/json_text.h"
#include "core/trip/sha256.h"
#include "core/trip/trip_sources.h"

namespace itinera {
namespace {

std::string_view trimmed(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\n' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::string withoutCarriageReturns(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i)
    if (!(s[i] == '\r' && i + 1 < s.size() && s[i + 1] == '\n')) out += s[i];
  return out;
}

bool isBlankChar(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Where byte `at` of the text lies as sourceParagraphs() splits it: the paragraph (from 0) and the
// byte offset within it; `at` must be inside a line's text or at its end.
struct ParagraphSpot {
  int paragraph = -1;
  size_t offset = 0;
};
ParagraphSpot spotOf(std::string_view text, size_t at) {
  int paragraph = -1;
  bool open = false;
  size_t pos = 0, length = 0;  // the open paragraph's length so far
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos), end = nl == std::string_view::npos ? text.size() : nl;
    std::string_view line = text.substr(pos, end - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    bool blank = line.find_first_not_of(" \t") == std::string_view::npos;  // as sourceParagraphs() reads it
    if (blank) {
      open = false;
    } else {
      if (!open) ++paragraph, length = 0;
      else ++length;  // the line break joining the lines
      if (at >= pos && at <= pos + line.size()) return {paragraph, length + (at - pos)};
      length += line.size();
      open = true;
    }
    pos = end + 1;
  }
  return {};
}

}  // namespace

Result<PassageCitation> citeSelection(std::string_view sourceText, size_t selectionStart, size_t selectionEnd) {
  size_t a = std::min({selectionStart, selectionEnd, sourceText.size()});
  size_t b = std::min(std::max(selectionStart, selectionEnd), sourceText.size());
  while (a < b && isBlankChar(sourceText[a])) ++a;
  while (b > a && isBlankChar(sourceText[b - 1])) --b;
  if (a == b) return Error{"select the passage to cite in the source's text"};
  if (firstInvalidUtf8(sourceText)) return Error{"the source's text is not UTF-8"};
  ParagraphSpot first = spotOf(sourceText, a), last = spotOf(sourceText, b);
  if (first.paragraph < 0 || first.paragraph != last.paragraph)
    return Error{"the selection runs across paragraphs: cite each paragraph's part"};
  std::string paragraph = sourceParagraphs(sourceText)[size_t(first.paragraph)];
  std::string_view words(paragraph);
  int start = int(codePointCount(words.substr(0, first.offset)));
  int end = int(codePointCount(words.substr(0, last.offset)));
  return PassageCitation{first.paragraph + 1, start, end, sha256Hex(sourceText)};
}

Result<PassageCitation> citePassage(std::string_view sourceText, std::string_view passage) {
  std::string words = withoutCarriageReturns(trimmed(passage));
  if (words.empty()) return Error{"select or paste the passage to cite"};
  if (firstInvalidUtf8(words)) return Error{"the passage is not UTF-8 text"};
  std::vector<std::string> paragraphs = sourceParagraphs(sourceText);
  for (size_t i = 0; i < paragraphs.size(); ++i) {
    size_t at = paragraphs[i].find(words);
    if (at == std::string::npos) continue;
    int start = int(codePointCount(std::string_view(paragraphs[i]).substr(0, at)));
    return PassageCitation{int(i) + 1, start, start + int(codePointCount(words)), sha256Hex(sourceText)};
  }
  if (withoutCarriageReturns(sourceText).find(words) != std::string::npos)
    return Error{"the passage runs across paragraphs: cite each paragraph's part"};
  return Error{"the passage is not in the source's text"};
}

}  // namespace itinera

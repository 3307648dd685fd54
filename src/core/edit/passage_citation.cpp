// Finding a passage in a source's paragraphs.
#include "core/edit/passage_citation.h"

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

}  // namespace

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

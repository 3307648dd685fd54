// Citing a passage of a source's text: the paragraph and code-point span the format records
// (docs/trip-format.md, Citations), found from the passage's own words, and the text's sha256.
#pragma once

#include <string>
#include <string_view>

#include "core/io/result.h"

namespace itinera {

struct PassageCitation {
  int paragraph = 0;  // from 1
  int start = 0, end = 0;  // code points within the paragraph, end exclusive
  std::string sha256;  // of the whole source text, as the source records it
};

// Where `passage` (as selected or pasted: leading and trailing blanks ignored, a line break
// matching a line break) first lies in `sourceText`; an error when it is empty, not found, or
// runs across a blank line (a citation lies within one paragraph).
Result<PassageCitation> citePassage(std::string_view sourceText, std::string_view passage);
// The passage selected in a text box holding `sourceText`: the selection's ends are UTF-8 byte
// offsets (either order), as the box reports them; the citation's span counts code points within
// the paragraph. Blanks at either end are left out; an error when nothing but blanks is selected
// or the selection runs across a blank line.
Result<PassageCitation> citeSelection(std::string_view sourceText, size_t selectionStart, size_t selectionEnd);

}  // namespace itinera

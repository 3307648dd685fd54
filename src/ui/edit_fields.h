// The Edit panel's fields: each shows one value of the trip document at a JSON pointer and turns
// what the user types or picks into an undoable edit. Typing into a field is one edit.
#pragma once

#include <string>
#include <vector>

#include "core/edit/trip_document.h"
#include "core/io/app_state.h"

namespace itinera {

struct FieldChoices {
  std::vector<std::string> places, people, organisations, sources, travellers;
};

// What the panel keeps between frames for the fields: the source's text as pasted (or read from
// its file), the selection in it (UTF-8 byte offsets), the source it is for, and the answer.
struct FieldScratch {
  std::string sourceText, citeSource, textFor, message;
  int selectionStart = 0, selectionEnd = 0;
};

class FieldForm {
 public:
  // Fields of the item at `item` (a JSON pointer); `inProperties` for features, whose fields
  // are under "properties".
  FieldForm(TripDocument& doc, std::string item, bool inProperties, const FieldChoices& choices,
            FieldScratch& scratch, std::vector<AppState::Button>& controls, float labelWidth);

  void text(const char* key, const char* label, bool required = true, bool multiline = false);
  void choice(const char* key, const char* label, const std::vector<std::string>& options, bool required = true);
  void number(const char* key, const char* label, bool required = true);
  // `basis` and its like: stated, corroborated (source, grade) or inferred (reason).
  void basis(const char* key, const char* label, bool required = true);
  // The citations: each one's source, paragraph and span; a passage cited from its own words.
  void citations(const std::vector<std::string>& sourceDirs);
  // A list of ids (a view's places) is not edited here; a point's coordinates are.
  void coordinates();

 private:
  std::string pointer(const char* key) const;
  void label(const char* text);
  void note(const char* id);  // records the last item's centre for the state file
  void set(const std::string& pointer, OrderedJson value, bool typed);
  void remove(const std::string& pointer);
  void citePassage(const std::vector<std::string>& sourceDirs);

  TripDocument& doc_;
  std::string item_;
  bool inProperties_;
  const FieldChoices& choices_;
  FieldScratch& scratch_;
  std::vector<AppState::Button>& controls_;
  float labelWidth_;
};

}  // namespace itinera

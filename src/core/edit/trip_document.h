// A trip file open for editing: its JSON tree, the text it was read from (so a save rewrites
// only what changed), the undo and redo stacks, atomic saving, and the autosave copy beside the
// file that is offered back after a crash.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/edit/edit_command.h"
#include "core/edit/json_layout.h"
#include "core/io/result.h"
#include "core/trip/trip_loader.h"

namespace itinera {

class TripDocument {
 public:
  // Reads `path` (UTF-8 JSON); the error names the file and, for a syntax error, its line:column.
  static Result<TripDocument> open(const std::string& path);
  // `text` as if read from `path` (which may be "" for a file not yet saved).
  static Result<TripDocument> fromText(std::string text, std::string path);
  // A new, empty trip: no places, events or people yet, so it does not validate until it has
  // some. Saved with saveAs.
  static TripDocument blank(const std::string& title, const std::string& id, const std::string& timeZone,
                            const std::string& start, const std::string& end);

  const OrderedJson& json() const { return doc_; }
  const std::string& path() const { return path_; }

  // Applies `command` and pushes it on the undo stack (clearing redo); false, changing
  // nothing, when it does not apply. A mergeable edit of the same pointer as the last one
  // joins it, so typing a word is undone at once.
  bool edit(EditCommand command);
  bool undo();
  bool redo();
  const EditCommand* nextUndo() const { return done_.empty() ? nullptr : &done_.back().command; }
  const EditCommand* nextRedo() const { return undone_.empty() ? nullptr : &undone_.back().command; }
  // Ends the merging of typed edits (the field lost focus): the next edit is undone alone.
  void closeMerge() { mergeOpen_ = false; }

  // Changed since opened or last saved.
  bool modified() const { return stateId() != savedState_; }
  // Counts every change (edit, undo, redo): what the UI compares to revalidate.
  uint64_t revision() const { return revision_; }

  // The document's text: the file's own bytes for everything unchanged.
  std::string text() const;
  // The problems of the text as `validate` would report them (no problems: it loads).
  TripLoadResult validate(const TripLoadOptions& options = {}) const;

  // Writes the file atomically (a crash at any moment leaves the old file or the new, whole),
  // removes the autosave copy; "" or an error naming the file.
  std::string save();
  std::string saveAs(const std::string& path);
  // Writes the autosave copy beside the file (atomically too); "" or an error.
  std::string autosave() const;
  // Called half way through writing a save, the first half flushed: a test pauses there to kill
  // the process in the middle of a save. None by default; an empty function removes it.
  static void setMidSaveHook(std::function<void()> hook);
  static std::string autosavePath(const std::string& path) { return path + ".autosave"; }
  // The autosave copy of `path`'s file left by a session that did not save, when it differs
  // from the file.
  static std::optional<std::string> recoverable(const std::string& path);
  // Puts the autosave copy's contents in as one edit (undoable); false if it is not JSON.
  bool recover(const std::string& autosaveText);
  void discardAutosave() const;

 private:
  struct Done {
    EditCommand command;
    uint64_t id;  // which state of the document this edit leads to
  };
  TripDocument() = default;
  void rebase(std::string text);  // the text on disk is now `text`
  uint64_t stateId() const { return done_.empty() ? 0 : done_.back().id; }

  std::string path_, original_;
  JsonSpan layout_;
  OrderedJson base_, doc_;
  std::vector<Done> done_, undone_;
  uint64_t nextId_ = 1, savedState_ = 0, revision_ = 0;
  bool mergeOpen_ = false;
};

}  // namespace itinera

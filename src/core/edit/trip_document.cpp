// The edited trip: edits and their undoing, minimal-diff text, atomic saving and autosave.
#include "core/edit/trip_document.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/edit/minimal_write.h"
#include "core/io/atomic_file.h"
#include "core/trip/json_parse.h"

namespace itinera {
namespace {

std::optional<std::string> readWhole(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string nameForMessages(const std::string& path) { return path.empty() ? "(new trip)" : path; }

std::function<void()>& midSaveHook() {
  static std::function<void()> hook;
  return hook;
}

// Writes `text`; with a mid-save hook set (by the tests only), half of it first, then the hook.
std::string writeText(std::FILE* out, const std::string& text) {
  size_t half = 0;
  if (midSaveHook()) {
    half = text.size() / 2;
    if (std::fwrite(text.data(), 1, half, out) != half) return "write failed";
    std::fflush(out);
    midSaveHook()();
  }
  if (std::fwrite(text.data() + half, 1, text.size() - half, out) != text.size() - half) return "write failed";
  return "";
}

}  // namespace

Result<TripDocument> TripDocument::fromText(std::string text, std::string path) {
  OrderedJson doc = OrderedJson::parse(text, nullptr, false);
  if (doc.is_discarded()) {
    ProblemSink sink(nameForMessages(path));
    parseJsonText(text, sink, 64);
    std::vector<TripProblem> problems = sink.take();
    return Error{problems.empty() ? nameForMessages(path) + ": not JSON" : problems.front().format()};
  }
  TripDocument d;
  d.path_ = std::move(path);
  d.doc_ = doc;
  d.rebase(std::move(text));
  return d;
}

Result<TripDocument> TripDocument::open(const std::string& path) {
  std::optional<std::string> text = readWhole(path);
  if (!text) return Error{path + ": cannot read the file"};
  return fromText(std::move(*text), path);
}

TripDocument TripDocument::blank(const std::string& title, const std::string& id, const std::string& timeZone,
                                 const std::string& start, const std::string& end) {
  OrderedJson trip = {{"format", "itinera-trip/1"},
                      {"id", id},
                      {"title", title},
                      {"time_zone", timeZone},
                      {"period", {{"start", start}, {"end", end}}},
                      {"sources", OrderedJson::array()},
                      {"organisations", OrderedJson::array()},
                      {"people", OrderedJson::array()},
                      {"travellers", OrderedJson::array()}};
  OrderedJson doc = {{"type", "FeatureCollection"}, {"trip", trip}, {"features", OrderedJson::array()}};
  return std::move(fromText(formatJson(doc) + "\n", "").value());
}

void TripDocument::setMidSaveHook(std::function<void()> hook) { midSaveHook() = std::move(hook); }

void TripDocument::rebase(std::string text) {
  original_ = std::move(text);
  layout_ = scanJsonLayout(original_);
  base_ = OrderedJson::parse(original_, nullptr, false);
  savedState_ = stateId();
  ++revision_;
}

bool TripDocument::edit(EditCommand command) {
  if (mergeOpen_ && command.mergeable && !done_.empty() && done_.back().command.mergeable &&
      done_.back().command.pointer == command.pointer && done_.back().command.after && command.before &&
      command.after) {
    Done& last = done_.back();
    if (!command.apply(doc_)) return false;
    last.command.after = command.after;
    if (last.id == savedState_) last.id = nextId_++;  // the saved state is no longer the current one
    undone_.clear();
    ++revision_;
    return true;
  }
  if (!command.apply(doc_)) return false;
  mergeOpen_ = command.mergeable;
  done_.push_back({std::move(command), nextId_++});
  undone_.clear();
  ++revision_;
  return true;
}

bool TripDocument::undo() {
  if (done_.empty() || !done_.back().command.revert(doc_)) return false;
  undone_.push_back(std::move(done_.back()));
  done_.pop_back();
  mergeOpen_ = false;
  ++revision_;
  return true;
}

bool TripDocument::redo() {
  if (undone_.empty() || !undone_.back().command.apply(doc_)) return false;
  done_.push_back(std::move(undone_.back()));
  undone_.pop_back();
  mergeOpen_ = false;
  ++revision_;
  return true;
}

std::string TripDocument::text() const { return writeMinimally(original_, layout_, base_, doc_); }

TripLoadResult TripDocument::validate(const TripLoadOptions& options) const {
  TripLoadOptions o = options;
  // Sources are looked for beside the file, as validate does.
  if (!path_.empty()) {
    std::filesystem::path dir = std::filesystem::path(path_).parent_path();
    if (dir.empty()) dir = ".";
    o.sourceDirs.push_back(dir.string());
    o.sourceDirs.push_back((dir / "sources").string());
  }
  return loadTripFromString(text(), path_.empty() ? "(new trip)" : std::filesystem::path(path_).filename().string(), o);
}

std::string TripDocument::save() {
  if (path_.empty()) return "the trip has no file yet: save it as a file";
  std::string text = this->text();
  std::string error = writeAtomically(path_, [&](std::FILE* out) { return writeText(out, text); });
  if (!error.empty()) return error;
  rebase(std::move(text));
  discardAutosave();
  return "";
}

std::string TripDocument::saveAs(const std::string& path) {
  std::string old = path_;
  path_ = path;
  std::string error = save();
  if (!error.empty()) path_ = old;
  return error;
}

std::string TripDocument::autosave() const {
  if (path_.empty()) return "";
  return writeFileAtomically(autosavePath(path_), text());
}

std::optional<std::string> TripDocument::recoverable(const std::string& path) {
  std::optional<std::string> copy = readWhole(autosavePath(path));
  if (!copy) return std::nullopt;
  std::optional<std::string> file = readWhole(path);
  if (file && *file == *copy) return std::nullopt;
  return copy;
}

bool TripDocument::recover(const std::string& autosaveText) {
  OrderedJson copy = OrderedJson::parse(autosaveText, nullptr, false);
  if (copy.is_discarded()) return false;
  return edit({"Recover the unsaved changes", "", doc_, copy, false});
}

void TripDocument::discardAutosave() const {
  if (path_.empty()) return;
  std::error_code ec;
  std::filesystem::remove(autosavePath(path_), ec);
}

}  // namespace itinera

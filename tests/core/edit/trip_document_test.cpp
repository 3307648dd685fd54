// The editor's model without a window: edits as commands, undo and redo, the minimal-diff text,
// atomic saving (a kill -9 in the middle leaves the old file), autosave and recovery.
#include "core/edit/trip_document.h"

#include <gtest/gtest.h>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <thread>

#include "core/edit/trip_edits.h"
#include "core/io/atomic_file.h"

using namespace itinera;
namespace fs = std::filesystem;

namespace {

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

// A copy of the minimal trip with its source file beside it, in a fresh directory.
fs::path scratchTrip(const std::string& name) {
  fs::path dir = fs::temp_directory_path() / ("itinera-edit-" + std::to_string(::getpid()) + "-" + name);
  fs::remove_all(dir);
  fs::create_directories(dir);
  fs::copy_file(ITINERA_FIXTURES "/trips/minimal.geojson", dir / "trip.geojson");
  fs::copy_file(ITINERA_FIXTURES "/trips/example-source.txt", dir / "example-source.txt");
  return dir / "trip.geojson";
}

TripDocument openTrip(const fs::path& path) {
  auto doc = TripDocument::open(path.string());
  EXPECT_TRUE(doc.ok()) << (doc.ok() ? "" : doc.error());
  return std::move(doc.value());
}

// Lines of `b` that are not at the same place in `a` (the files keep their line count here).
int changedLines(const std::string& a, const std::string& b) {
  std::istringstream x(a), y(b);
  std::string l, m;
  int changed = 0;
  while (true) {
    bool gx = bool(std::getline(x, l)), gy = bool(std::getline(y, m));
    if (!gx && !gy) return changed;
    if (gx != gy || l != m) ++changed;
  }
}

std::string problems(const TripLoadResult& r) {
  std::string all;
  for (const TripProblem& p : r.problems) all += p.format() + "\n";
  return all;
}

// A place at the Canal's Miraflores locks, and a meeting there with Luis (not a traveller).
void addPlaceAndEvent(TripDocument& doc) {
  OrderedJson cites = firstCitations(doc.json());
  OrderedJson place = placeFeature(uniqueId(doc.json(), "Miraflores"), "Miraflores", -79.5913, 9.0165,
                                   "stated", cites);
  ASSERT_TRUE(doc.edit(addFeature(doc.json(), place)));
  EventFields e;
  e.id = uniqueId(doc.json(), "Visit to Miraflores");
  e.title = "Visit to Miraflores";
  e.place = "miraflores";
  e.person = "luis";
  e.start = "2021-05-03T14:00-05:00";
  e.end = "2021-05-03T15:00-05:00";
  ASSERT_TRUE(doc.edit(addFeature(doc.json(), eventFeature(e, "stated", cites))));
}

}  // namespace

TEST(TripDocument, UnchangedDocumentIsWrittenByteForByte) {
  fs::path path = scratchTrip("same");
  TripDocument doc = openTrip(path);
  EXPECT_EQ(doc.text(), slurp(path));
  EXPECT_FALSE(doc.modified());
}

TEST(TripDocument, MovingAPlaceChangesOneLine) {
  fs::path path = scratchTrip("move");
  TripDocument doc = openTrip(path);
  auto move = movePlace(doc.json(), "tocumen-airport", -79.38, 9.07);
  ASSERT_TRUE(move);
  ASSERT_TRUE(doc.edit(*move));
  std::string text = doc.text();
  EXPECT_EQ(changedLines(slurp(path), text), 1);
  EXPECT_NE(text.find("\"coordinates\": [-79.38, 9.07]"), std::string::npos);
  EXPECT_TRUE(doc.modified());
  EXPECT_TRUE(doc.validate().ok()) << problems(doc.validate());
}

TEST(TripDocument, AddedItemsValidateAndLeaveTheRestAlone) {
  fs::path path = scratchTrip("add");
  TripDocument doc = openTrip(path);
  std::string before = slurp(path);
  addPlaceAndEvent(doc);
  std::string text = doc.text();
  TripLoadResult r = doc.validate();
  EXPECT_TRUE(r.ok()) << problems(r);
  // The old text is all there, in one piece up to the end of the last feature.
  size_t end = before.rfind('}', before.rfind(']'));
  EXPECT_EQ(text.substr(0, end + 1), before.substr(0, end + 1));
  EXPECT_NE(text.find("\"id\": \"visit-to-miraflores\""), std::string::npos);
}

TEST(TripDocument, UndoAndRedoAreExact) {
  fs::path path = scratchTrip("undo");
  TripDocument doc = openTrip(path);
  std::string original = slurp(path);
  addPlaceAndEvent(doc);
  std::string edited = doc.text();
  ASSERT_TRUE(doc.undo());
  ASSERT_TRUE(doc.undo());
  EXPECT_FALSE(doc.undo());
  EXPECT_EQ(doc.text(), original);
  EXPECT_FALSE(doc.modified());
  ASSERT_TRUE(doc.redo());
  ASSERT_TRUE(doc.redo());
  EXPECT_FALSE(doc.redo());
  EXPECT_EQ(doc.text(), edited);
  // A new edit after an undo drops what could be redone.
  ASSERT_TRUE(doc.undo());
  ASSERT_TRUE(doc.edit(setValue(doc.json(), "/trip/title", "Renamed", "Title")));
  EXPECT_EQ(doc.nextRedo(), nullptr);
}

TEST(TripDocument, TypingIntoAFieldIsUndoneAtOnce) {
  fs::path path = scratchTrip("typing");
  TripDocument doc = openTrip(path);
  for (std::string title : {"A", "A d", "A da", "A day"})
    ASSERT_TRUE(doc.edit(setValue(doc.json(), "/trip/title", title, "Title", true)));
  EXPECT_EQ(doc.json()["trip"]["title"], "A day");
  EXPECT_EQ(changedLines(slurp(path), doc.text()), 1);
  ASSERT_TRUE(doc.undo());
  EXPECT_EQ(doc.text(), slurp(path));
  doc.redo();
  doc.closeMerge();
  ASSERT_TRUE(doc.edit(setValue(doc.json(), "/trip/title", "Another", "Title", true)));
  ASSERT_TRUE(doc.undo());
  EXPECT_EQ(doc.json()["trip"]["title"], "A day");
}

TEST(TripDocument, RemovingAnItemCutsOnlyItsLines) {
  fs::path path = scratchTrip("remove");
  TripDocument doc = openTrip(path);
  auto at = itemPointer(doc.json(), "casco-antiguo");
  ASSERT_TRUE(at);
  auto remove = removeValue(doc.json(), *at, "Remove");
  ASSERT_TRUE(remove);
  ASSERT_TRUE(doc.edit(*remove));
  std::string before = slurp(path), text = doc.text();
  size_t from = before.find("    {\n      \"type\": \"Feature\",\n      \"id\": \"casco-antiguo\"");
  ASSERT_NE(from, std::string::npos);
  size_t to = before.find("    {\n      \"type\": \"Feature\"", from + 10);
  std::string expected = before.substr(0, from) + before.substr(to);
  EXPECT_EQ(text, expected);
}

TEST(TripDocument, EditingARecordOfTheTripRewritesOnlyThatValue) {
  fs::path path = scratchTrip("record");
  TripDocument doc = openTrip(path);
  auto at = itemPointer(doc.json(), "luis");
  ASSERT_TRUE(at);
  ASSERT_TRUE(doc.edit(setValue(doc.json(), *at + "/role", "Deputy port official", "Role")));
  ASSERT_TRUE(doc.edit(addRecord(doc.json(), "people",
                                 {{"id", "marta"}, {"name", "Marta Test"}, {"role", "Adviser"}, {"basis", "stated"},
                                  {"citations", firstCitations(doc.json())}})));
  EXPECT_TRUE(doc.validate().ok()) << problems(doc.validate());
  std::string text = doc.text();
  EXPECT_NE(text.find("\"role\": \"Deputy port official\""), std::string::npos);
  EXPECT_NE(text.find("      {\n        \"id\": \"marta\""), std::string::npos);  // the list's own indentation
}

TEST(TripDocument, SaveIsAtomicAndClearsTheAutosave) {
  fs::path path = scratchTrip("save");
  TripDocument doc = openTrip(path);
  addPlaceAndEvent(doc);
  ASSERT_EQ(doc.autosave(), "");
  EXPECT_TRUE(fs::exists(TripDocument::autosavePath(path.string())));
  ASSERT_EQ(doc.save(), "");
  EXPECT_FALSE(doc.modified());
  EXPECT_FALSE(fs::exists(TripDocument::autosavePath(path.string())));
  EXPECT_EQ(slurp(path), doc.text());
  // After a save, an edit diffs against the saved text.
  auto move = movePlace(doc.json(), "miraflores", -79.59, 9.02);
  ASSERT_TRUE(move && doc.edit(*move));
  EXPECT_EQ(changedLines(slurp(path), doc.text()), 1);
  ASSERT_TRUE(doc.undo());
  EXPECT_FALSE(doc.modified());
}

TEST(TripDocument, AutosaveIsOfferedBackAfterACrash) {
  fs::path path = scratchTrip("recover");
  std::string edited;
  {
    TripDocument doc = openTrip(path);
    addPlaceAndEvent(doc);
    ASSERT_EQ(doc.autosave(), "");
    edited = doc.text();
  }  // the session ends without saving
  auto copy = TripDocument::recoverable(path.string());
  ASSERT_TRUE(copy);
  TripDocument doc = openTrip(path);
  ASSERT_TRUE(doc.recover(*copy));
  EXPECT_EQ(doc.text(), edited);
  EXPECT_TRUE(doc.modified());
  ASSERT_TRUE(doc.undo());  // recovery is one edit
  EXPECT_EQ(doc.text(), slurp(path));
  doc.redo();
  ASSERT_EQ(doc.save(), "");
  EXPECT_FALSE(TripDocument::recoverable(path.string()));
}

TEST(TripDocument, KillDuringSaveLeavesTheOldFile) {
  fs::path path = scratchTrip("kill");
  std::string old = slurp(path);
  pid_t child = ::fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    TripDocument::setMidSaveHook([] { std::this_thread::sleep_for(std::chrono::seconds(10)); });
    auto doc = TripDocument::open(path.string());
    if (!doc.ok()) ::_exit(3);
    OrderedJson place = placeFeature("far", "Far", -79.5, 9.0, "stated", firstCitations(doc->json()));
    doc->edit(addFeature(doc->json(), place));
    doc->save();
    ::_exit(0);
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(500));  // half written, then paused
  ::kill(child, SIGKILL);
  int status = 0;
  ::waitpid(child, &status, 0);
  ASSERT_TRUE(WIFSIGNALED(status)) << "the save finished before the kill";
  EXPECT_EQ(slurp(path), old);
  for (const auto& entry : fs::directory_iterator(path.parent_path()))
    EXPECT_TRUE(entry.path().filename() == "trip.geojson" || entry.path().filename() == "example-source.txt" ||
                isStaleTemporary(path.string(), entry.path().filename().string()))
        << entry.path();
}

TEST(TripDocument, SyntaxErrorIsLocated) {
  auto doc = TripDocument::fromText("{\n  \"type\": \n}", "bad.geojson");
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.error().rfind("bad.geojson:3:1:", 0), 0u) << doc.error();
}

TEST(TripDocument, BlankTripGetsItsFirstPlace) {
  TripDocument doc = TripDocument::blank("A trip", "a-trip", "America/Panama", "2021-05-03T00:00-05:00",
                                         "2021-05-04T00:00-05:00");
  EXPECT_TRUE(doc.validate().ok()) << problems(doc.validate());  // empty, and valid
  ASSERT_TRUE(doc.edit(addFeature(doc.json(), placeFeature("p", "P", -79.5, 9, "stated", OrderedJson::array()))));
  EXPECT_NE(doc.text().find("\"id\": \"p\""), std::string::npos);
  EXPECT_NE(doc.save(), "");  // no file yet
}

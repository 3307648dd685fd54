// An event's speaker notes (`notes`): read into the event, refused with the item and field when
// they are not a non-empty string, and carried to the presenter sequence's card, not its lines.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "core/story/story_sequence.h"
#include "core/trip/trip_loader.h"
#include "../test_trips.h"

namespace itinera {
namespace {

using nlohmann::json;

json withNotes(const json& notes) {
  std::ifstream in(ITINERA_FIXTURES "/trips/minimal.geojson");
  std::stringstream ss;
  ss << in.rdbuf();
  json doc = json::parse(ss.str());
  for (json& f : doc["features"])
    if (f["id"] == "port-meeting") f["properties"]["notes"] = notes;
  return doc;
}

TripLoadResult load(const json& doc) { return loadTripFromString(doc.dump(2), "t.geojson", {}); }

const TripProblem* problemAt(const TripLoadResult& r, const std::string& field) {
  for (const TripProblem& p : r.problems)
    if (p.item == "port-meeting" && p.field.find(field) != std::string::npos) return &p;
  return nullptr;
}

TEST(TripNotes, AreReadIntoTheEvent) {
  TripLoadResult r = load(withNotes("Point at the port office."));
  ASSERT_TRUE(r.ok());
  const Event* e = r.trip->event("port-meeting");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->notes, "Point at the port office.");
  EXPECT_EQ(r.trip->event("arrival")->notes, "");  // optional
}

TEST(TripNotes, OfTheWrongTypeAreAProblemWithAPlace) {
  TripLoadResult r = load(withNotes(42));
  ASSERT_FALSE(r.ok());
  const TripProblem* p = problemAt(r, "properties.notes");
  ASSERT_NE(p, nullptr);
  EXPECT_NE(p->message.find("must be a string, not a number"), std::string::npos) << p->message;
  std::string line = p->format();
  EXPECT_NE(line.find("t.geojson"), std::string::npos) << line;
  EXPECT_NE(line.find("port-meeting"), std::string::npos) << line;
}

TEST(TripNotes, ThatAreEmptyAreAProblem) {
  const TripProblem* p = nullptr;
  TripLoadResult r = load(withNotes("  "));
  p = problemAt(r, "properties.notes");
  ASSERT_NE(p, nullptr);
  EXPECT_NE(p->message.find("must not be empty"), std::string::npos) << p->message;
}

TEST(TripNotes, GoOnTheSequenceCardButNotOnItsLines) {
  const Trip& trip = test::panama();
  TripClock clock(trip);
  Timeline timeline(trip, clock);
  StorySequence cards = buildSequence(trip, timeline, clock, {});
  auto darien = std::find_if(cards.begin(), cards.end(), [](const SequenceCard& c) { return c.id == "event:darien-tour"; });
  ASSERT_NE(darien, cards.end());
  EXPECT_EQ(darien->notes, trip.event("darien-tour")->notes);
  EXPECT_FALSE(darien->notes.empty());
  EXPECT_EQ(std::count(darien->lines.begin(), darien->lines.end(), darien->notes), 0);
  size_t withNotes = std::count_if(cards.begin(), cards.end(), [](const SequenceCard& c) { return !c.notes.empty(); });
  EXPECT_GE(withNotes, 3u);
}

}  // namespace
}  // namespace itinera

// Loading the real trip file and the documented example: counts, key places and facts.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "core/trip/trip_loader.h"
#include "core/time/trip_clock.h"
#include "core/trip/trip_validate.h"

namespace itinera {
namespace {

const std::string kTrip = ITINERA_SOURCE_DIR "/geodata/trips/panama-2022.geojson";

std::string problemsText(const TripLoadResult& r) {
  std::string out;
  for (const TripProblem& p : r.problems) out += p.format() + "\n";
  return out;
}

const Trip& panama() {
  static const TripLoadResult result = loadTrip(kTrip);
  EXPECT_TRUE(result.ok()) << problemsText(result);
  if (!result.ok()) std::abort();
  return *result.trip;
}

CivilTime localTime(const Trip& trip, const TimePoint& t) {
  return TripClock(trip).civil(t);
}

TEST(TripLoader, PanamaTripLoadsWithoutProblems) {
  TripLoadResult r = loadTrip(kTrip);
  EXPECT_TRUE(r.ok());
  // The sources are not kept beside the bundled trip: notes say their citations went unchecked.
  for (const TripProblem& p : r.problems) {
    EXPECT_TRUE(p.note) << p.format();
    EXPECT_NE(p.message.find("\" is not found"), std::string::npos) << p.format();
  }
}

TEST(TripLoader, PanamaTripCounts) {
  const Trip& t = panama();
  EXPECT_EQ(t.places.size(), 9u);
  EXPECT_EQ(t.events.size(), 19u);
  EXPECT_EQ(t.legs.size(), 7u);
  EXPECT_EQ(t.people.size(), 14u);
  EXPECT_EQ(validationSummary(t), "panama-2022.geojson: valid: 9 places, 19 events, 7 legs, 14 people");
}

TEST(TripLoader, PanamaTripHasTheThreeMainAreas) {
  const Trip& t = panama();
  ASSERT_NE(t.place("panama-city"), nullptr);
  ASSERT_NE(t.place("darien"), nullptr);
  ASSERT_NE(t.place("panama-canal"), nullptr);
  EXPECT_EQ(t.place("panama-city")->precision, LocationPrecision::City);
  EXPECT_TRUE(t.place("darien")->isArea());
  EXPECT_EQ(t.place("darien")->precision, LocationPrecision::Region);
  LonLat d = t.place("darien")->location;  // representative point inside the province's rough extent
  EXPECT_GT(d.lon, -78.5);
  EXPECT_LT(d.lon, -77.2);
  EXPECT_GT(d.lat, 7.2);
  EXPECT_LT(d.lat, 8.9);
  EXPECT_TRUE(t.placeWithin("palacio-de-las-garzas", "panama-city"));
  EXPECT_TRUE(t.placeWithin("pacific-locks", "panama-canal"));
}

TEST(TripLoader, DarienTourIsOnTheAfternoonOf18AprilLocalTime) {
  const Trip& t = panama();
  const Event* tour = t.event("darien-tour");
  ASSERT_NE(tour, nullptr);
  EXPECT_TRUE(t.placeWithin(tour->place, "darien"));
  CivilTime start = localTime(t, tour->time.start), end = localTime(t, tour->time.end);
  EXPECT_EQ(start.month, 4);
  EXPECT_EQ(start.day, 18);
  EXPECT_EQ(end.day, 18);
  EXPECT_GE(start.hour, 12);
  EXPECT_EQ(tour->time.precision, TimePrecision::PartOfDay);
  ASSERT_TRUE(tour->placeEvidence);
  EXPECT_EQ(tour->placeEvidence->basis, Basis::Inferred);
}

TEST(TripLoader, BlinkenIsATravellerFromNoonOf19April) {
  const Trip& t = panama();
  const Traveller* b = t.traveller("blinken");
  ASSERT_NE(b, nullptr);
  CivilTime from = localTime(t, b->from);
  EXPECT_EQ(from.day, 19);
  EXPECT_EQ(from.hour, 12);
  ASSERT_NE(t.traveller("mayorkas"), nullptr);
  EXPECT_EQ(t.traveller("mayorkas")->from, t.event("arrival-mayorkas")->time.start);
}

TEST(TripLoader, MisspellingsAreCorrectedAndRecorded) {
  const Trip& t = panama();
  ASSERT_NE(t.person("royo"), nullptr);
  EXPECT_EQ(t.person("royo")->name, "Arístides Royo");
  EXPECT_EQ(t.person("royo")->sourceSpelling, "Artistides Royo");
  ASSERT_NE(t.person("vasquez"), nullptr);
  EXPECT_EQ(t.person("vasquez")->name, "Ricaurte “Catín” Vásquez");
  EXPECT_EQ(t.person("vasquez")->sourceSpelling, "Ricuarte “Catin” Vásquez");
  EXPECT_EQ(t.person("ramirez")->sourceSpelling, "Marta Lucia Ramírez");
}

TEST(TripLoader, WeakFactsAreNotPresentedAsStated) {
  const Trip& t = panama();
  const Leg* heli = nullptr;
  for (const Leg& l : t.legs)
    if (l.mode == LegMode::Helicopter) heli = &l;
  ASSERT_NE(heli, nullptr);
  ASSERT_TRUE(heli->modeEvidence);
  EXPECT_EQ(heli->modeEvidence->basis, Basis::Corroborated);
  EXPECT_EQ(heli->modeEvidence->grade, Grade::P);
  EXPECT_EQ(t.event("departure-mayorkas")->evidence.basis, Basis::Inferred);
  EXPECT_EQ(t.event("meeting-cortizo")->placeEvidence->grade, Grade::C);
  EXPECT_EQ(t.event("signing-arrangement")->time.evidence->source, "state-2022-04-19");
}

TEST(TripLoader, DocumentedExampleMatchesTheFixtureAndLoads) {
  std::ifstream doc(ITINERA_SOURCE_DIR "/docs/trip-format.md");
  std::stringstream ss;
  ss << doc.rdbuf();
  std::string md = ss.str();
  size_t open = md.find("```json\n");
  ASSERT_NE(open, std::string::npos) << "docs/trip-format.md needs a ```json example";
  size_t close = md.find("```\n", open + 8);
  std::string example = md.substr(open + 8, close - open - 8);
  std::ifstream fixture(ITINERA_FIXTURES "/trips/minimal.geojson");
  std::stringstream fs;
  fs << fixture.rdbuf();
  EXPECT_EQ(example, fs.str()) << "the example in docs/trip-format.md and tests/fixtures/trips/minimal.geojson differ";
  TripLoadResult r = loadTripFromString(example, "trip-format.md");
  EXPECT_TRUE(r.ok()) << problemsText(r);
}

TEST(TripLoader, MissingFileIsAProblemNotACrash) {
  TripLoadResult r = loadTrip(ITINERA_FIXTURES "/trips/does-not-exist.geojson");
  EXPECT_FALSE(r.ok());
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_NE(r.problems[0].format().find("cannot read"), std::string::npos);
}

}  // namespace
}  // namespace itinera

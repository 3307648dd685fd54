// The card at a moment: each part with its own grade, the leg and its mode while travelling,
// and events whose hour is not known told as "also this day", never as the event under way.
#include <gtest/gtest.h>

#include "core/story/story_card.h"
#include "test_trips.h"

namespace itinera {
namespace {

StoryCard cardAtPanama(const std::string& local) {
  static const Timeline timeline(test::panama(), TripClock(test::panama()));
  static const TripClock clock(test::panama());
  static const PlaceZones zones(test::panama(), clock);
  return cardAt(test::panama(), timeline, zones, parseIsoTime("2022-04-" + local + "-05:00")->utc);
}

// Every text a card shows, for checking that no internal id leaks.
std::vector<std::string> texts(const StoryCard& c) {
  std::vector<std::string> out{c.title, c.when, c.where, c.mode, c.summary, c.outcome};
  for (const StoryPerson& p : c.participants) out.insert(out.end(), {p.name, p.role, p.line});
  out.insert(out.end(), c.alsoToday.begin(), c.alsoToday.end());
  return out;
}

void expectNoIds(const StoryCard& c) {
  const Trip& trip = test::panama();
  for (const std::string& text : texts(c)) {
    for (const Event& e : trip.events) EXPECT_EQ(text.find(e.id), std::string::npos) << text;
    for (const Place& p : trip.places) EXPECT_EQ(text.find(p.id), std::string::npos) << text;
    for (const Leg& l : trip.legs) EXPECT_EQ(text.find(l.id), std::string::npos) << text;
  }
}

TEST(StoryCard, EachPartCarriesItsOwnGrade) {
  StoryCard tour = cardAtPanama("18T15:00");
  ASSERT_EQ(tour.kind, StoryCard::Kind::Event);
  EXPECT_EQ(tour.event->id, "darien-tour");
  EXPECT_EQ(tour.when, "Mon 18 Apr, afternoon (C)");  // the timing rests on La Prensa (C)
  EXPECT_EQ(tour.eventGrade, "stated");
  EXPECT_EQ(tour.timeGrade, "C");
  EXPECT_EQ(tour.placeGrade, "inferred");
  EXPECT_NE(tour.where.find("near Metet"), std::string::npos) << tour.where;
  EXPECT_NE(tour.where.find("(approx.; place inferred; location inferred)"), std::string::npos) << tour.where;
  ASSERT_FALSE(tour.participants.empty());
  EXPECT_EQ(tour.participants.front().name, "Alejandro N. Mayorkas");
  EXPECT_FALSE(tour.participants.front().role.empty());
  EXPECT_FALSE(tour.summary.empty());
  expectNoIds(tour);
}

TEST(StoryCard, AnEstimatedLocationIsSaidInWords) {
  StoryCard opening = cardAtPanama("19T20:00");
  ASSERT_EQ(opening.kind, StoryCard::Kind::Event);
  EXPECT_EQ(opening.event->id, "ministerial-opening");
  EXPECT_EQ(opening.where, "Palacio Bolívar (Foreign Ministry) (approx.; place C; location estimate)");
}

TEST(StoryCard, WhileTravellingTheCardNamesTheLegItsEndsAndItsGradedMode) {
  StoryCard flight = cardAtPanama("18T12:30");
  ASSERT_EQ(flight.kind, StoryCard::Kind::Travelling);
  EXPECT_EQ(flight.title, "Alejandro N. Mayorkas travelling");
  EXPECT_EQ(flight.mode, "by helicopter (P)");
  EXPECT_EQ(flight.modeGrade, "P");
  EXPECT_NE(flight.where.find("Panama City"), std::string::npos) << flight.where;
  EXPECT_NE(flight.where.find(" → "), std::string::npos) << flight.where;
  StoryCard drive = cardAtPanama("19T14:15");  // both from the palace to the locks
  ASSERT_EQ(drive.kind, StoryCard::Kind::Travelling);
  EXPECT_EQ(drive.title, "Alejandro N. Mayorkas and Antony J. Blinken travelling");
  EXPECT_EQ(drive.mode, "by road (inferred)");
  EXPECT_EQ(drive.when, "Tue 19 Apr, afternoon (inferred)");
  expectNoIds(flight);
  expectNoIds(drive);
}

TEST(StoryCard, AnEventWithNoKnownHourIsNeverNowButAlsoThisDay) {
  // The round table's nominal hour is 13:30-14:30 on 20 April; only the day is known.
  StoryCard card = cardAtPanama("20T13:45");
  EXPECT_EQ(card.kind, StoryCard::Kind::Between);
  EXPECT_EQ(card.event, nullptr);
  EXPECT_EQ(card.when, "Wed 20 Apr 2022, afternoon");
  std::vector<std::string> ids;
  for (const Event* e : card.alsoTodayEvents) ids.push_back(e->id);
  EXPECT_NE(std::find(ids.begin(), ids.end(), "blinken-roundtable"), ids.end());
  EXPECT_NE(std::find(ids.begin(), ids.end(), "press-conference"), ids.end());
  EXPECT_EQ(card.alsoToday.size(), ids.size());
  EXPECT_EQ(card.alsoTodayHeading, "Also this day, hour not known");
  for (size_t i = 0; i < ids.size(); ++i)
    EXPECT_EQ(card.alsoToday[i].substr(0, card.alsoTodayEvents[i]->title.size()), card.alsoTodayEvents[i]->title);
  // The same list all day, from before dawn to the evening.
  EXPECT_EQ(cardAtPanama("20T02:00").alsoToday, card.alsoToday);
  // On 19 April the signing (day only) is listed beside the meeting with President Cortizo.
  StoryCard palace = cardAtPanama("19T13:30");
  EXPECT_EQ(palace.event->id, "meeting-cortizo");
  ASSERT_FALSE(palace.alsoTodayEvents.empty());
  for (const Event* e : palace.alsoTodayEvents) EXPECT_EQ(e->time.precision, TimePrecision::Day) << e->id;
  expectNoIds(card);
  expectNoIds(palace);
}

TEST(StoryCard, EventsSharingAStartAreToldTogether) {
  // On the second morning of the road trip Ben arrives (an instant) as the talks begin.
  Timeline timeline(test::roadTrip(), TripClock(test::roadTrip()));
  TripClock clock(test::roadTrip());
  StoryCard card = cardAt(test::roadTrip(), timeline, PlaceZones(test::roadTrip(), clock),
                          parseIsoTime("2022-03-02T09:00-05:00")->utc);
  ASSERT_EQ(card.kind, StoryCard::Kind::Event);
  EXPECT_EQ(card.event->id, "arrival-ben");
  ASSERT_EQ(card.alsoNowEvents.size(), 1u);
  EXPECT_EQ(card.alsoNowEvents.front()->id, "talks");
  EXPECT_EQ(card.alsoNow.front().substr(0, card.alsoNowEvents.front()->title.size()),
            card.alsoNowEvents.front()->title);
}

}  // namespace
}  // namespace itinera

namespace itinera {
namespace {

TEST(StoryCard, TheCaptionNamesAFewEventsOfUnknownHourAndSendsTheRestToTheAgenda) {
  StoryCard card = cardAtPanama("20T13:45");
  ASSERT_GT(card.alsoToday.size(), kAlsoTodayShown);  // about ten that day
  std::string line = alsoTodayLine(card);
  EXPECT_EQ(line.rfind(card.alsoTodayHeading + ": " + card.alsoToday[0] + ", ", 0), 0u) << line;
  size_t more = card.alsoToday.size() - kAlsoTodayShown;
  EXPECT_NE(line.find(card.alsoToday[kAlsoTodayShown - 1] + " and " + std::to_string(more) + " more, see the agenda"),
            std::string::npos)
      << line;
  EXPECT_EQ(line.find(card.alsoToday[kAlsoTodayShown]), std::string::npos) << line;
  card.alsoToday.resize(2);
  EXPECT_EQ(alsoTodayLine(card), card.alsoTodayHeading + ": " + card.alsoToday[0] + ", " + card.alsoToday[1]);
  card.alsoToday.clear();
  EXPECT_EQ(alsoTodayLine(card), "");
}

}  // namespace
}  // namespace itinera

// The presenter sequence: title, a day overview before each day's events, each event once at its
// stop (events whose hour is not known on cards of their own that show the day only), the
// statements as quotes from the source, closing.
#include <gtest/gtest.h>

#include <filesystem>

#include <nlohmann/json.hpp>
#include <algorithm>
#include <set>

#include "core/story/story_sequence.h"
#include "core/trip/trip_sources.h"
#include "test_trips.h"

namespace itinera {
namespace {

const std::string kSharedSources = ITINERA_SOURCE_DIR "/../shared/sources";

// The quote cards show the source's own words only with the source files at hand.
bool sourcesAtHand() { return std::filesystem::exists(kSharedSources + "/press-release-2022-04-21.txt"); }

const StorySequence& panamaSequence(bool withSources = true) {
  static const Timeline timeline(test::panama(), TripClock(test::panama()));
  static const TripClock clock(test::panama());
  static const StorySequence with = buildSequence(test::panama(), timeline, clock, {kSharedSources});
  static const StorySequence without = buildSequence(test::panama(), timeline, clock, {});
  return withSources ? with : without;
}

const SequenceCard& card(const std::string& id, bool withSources = true) {
  for (const SequenceCard& c : panamaSequence(withSources))
    if (c.id == id) return c;
  ADD_FAILURE() << "no card " << id;
  static SequenceCard none;
  return none;
}

int64_t at(const std::string& local) { return parseIsoTime(local + "-05:00")->utc; }

TEST(StorySequence, TitleFirstClosingLastEveryEventExactlyOnceInTimeOrder) {
  const StorySequence& seq = panamaSequence();
  ASSERT_GE(seq.size(), 3u);
  EXPECT_EQ(seq.front().id, "title");
  EXPECT_EQ(seq.back().id, "closing");
  std::multiset<std::string> told;
  for (const SequenceCard& c : seq)
    if (c.event) told.insert(c.event->id);
  for (const Event& e : test::panama().events) EXPECT_EQ(told.count(e.id), 1u) << e.id;
  EXPECT_EQ(seq.size(), test::panama().events.size() + 2 + 3);  // and the overviews of 18, 19 and 20 April
  for (size_t i = 1; i < seq.size(); ++i) EXPECT_LE(seq[i - 1].time, seq[i].time) << seq[i].id;
  std::set<std::string> ids;
  for (const SequenceCard& c : seq) EXPECT_TRUE(ids.insert(c.id).second) << c.id;
}

TEST(StorySequence, EachDayOpensWithAnOverviewOfItsEventsOneLineEach) {
  const StorySequence& seq = panamaSequence();
  std::vector<std::string> days;
  for (size_t i = 0; i < seq.size(); ++i) {
    if (seq[i].kind != SequenceCard::Kind::DayOverview) continue;
    days.push_back(seq[i].id);
    // The overview comes right before the first card of its day's events, at the day's start.
    ASSERT_LT(i + 1, seq.size());
    ASSERT_TRUE(seq[i + 1].event) << seq[i + 1].id;
    EXPECT_EQ(seq[i].time, std::max(test::panama().periodStart.utc, at(seq[i].id.substr(4) + "T00:00")));
    EXPECT_TRUE(seq[i].dayOnly);
    EXPECT_EQ(seq[i].lines.size(), seq[i].dayRows.size() + 1);
    EXPECT_EQ(seq[i].lines.front(), seq[i].heading);
  }
  EXPECT_EQ(days, (std::vector<std::string>{"day:2022-04-18", "day:2022-04-19", "day:2022-04-20"}));
  EXPECT_EQ(seq[1].id, "day:2022-04-18");  // right after the title, at the same moment
  const SequenceCard& tuesday = card("day:2022-04-19");
  EXPECT_EQ(tuesday.heading, "Tuesday 19 April 2022");
  EXPECT_EQ(tuesday.clock, "Tue 19 Apr 2022");
  // One line per event of that day, as the agenda words it: time, title, basis mark.
  std::vector<AgendaDay> agenda = buildAgenda(test::panama(), TripClock(test::panama()));
  ASSERT_EQ(tuesday.dayRows.size(), agenda[1].rows.size());
  for (size_t r = 0; r < agenda[1].rows.size(); ++r) {
    const AgendaRow& row = agenda[1].rows[r];
    EXPECT_EQ(tuesday.lines[r + 1], row.time + ": " + row.title + row.mark);
  }
  // Framed on the day's places: each once.
  std::vector<std::string> places = dayOverviewPlaces(tuesday);
  EXPECT_FALSE(places.empty());
  EXPECT_EQ(std::set<std::string>(places.begin(), places.end()).size(), places.size());
  // A day of events known only by the day gives no hour either.
  const SequenceCard& wednesday = card("day:2022-04-20");
  for (size_t l = 1; l < wednesday.lines.size(); ++l)
    EXPECT_EQ(wednesday.lines[l].rfind("time not known: ", 0), 0u) << wednesday.lines[l];
}

TEST(StorySequence, TitleCardGivesTheTripItsDatesAndTravellers) {
  const SequenceCard& t = card("title");
  EXPECT_EQ(t.heading, test::panama().title);
  EXPECT_EQ(t.dates, "18-20 April 2022");
  EXPECT_EQ(t.time, test::panama().periodStart.utc);
  ASSERT_EQ(t.travellers.size(), 2u);
  EXPECT_EQ(t.travellers[0].rfind("Alejandro N. Mayorkas, ", 0), 0u) << t.travellers[0];
}

TEST(StorySequence, EventsWhoseHourIsNotKnownGetACardEachThatShowsTheDayOnly) {
  std::vector<std::string> ids;
  for (const SequenceCard& c : panamaSequence())
    if (c.dayOnly && c.event) ids.push_back(c.id);  // the day overviews show the day only too
  std::vector<std::string> expected{"event:signing-arrangement", "event:unhcr-iom-meeting",
                                    "event:ministerial-sessions", "event:mayorkas-ministerial-address",
                                    "event:bilateral-ramirez", "event:bilateral-holguin",
                                    "event:blinken-roundtable", "event:press-conference",
                                    "event:departure-mayorkas", "event:departure-blinken"};
  EXPECT_EQ(ids, expected);
  const SequenceCard& holguin = card("event:bilateral-holguin");
  EXPECT_EQ(holguin.time, at("2022-04-20T00:00"));  // the day's start, as stepping: no hour claimed
  EXPECT_EQ(holguin.clock, "Wed 20 Apr 2022");
  ASSERT_TRUE(holguin.card);
  EXPECT_EQ(holguin.card->event->id, "bilateral-holguin");
  EXPECT_EQ(holguin.card->when.find(":"), std::string::npos) << holguin.card->when;
  EXPECT_TRUE(holguin.card->alsoNow.empty());
  // The round table shares the nominal 13:30 but is its own card, listed with the day's others.
  const SequenceCard& table = card("event:blinken-roundtable");
  EXPECT_EQ(table.card->event->id, "blinken-roundtable");
  EXPECT_EQ(table.card->alsoTodayEvents.size(), 7u);
}

TEST(StorySequence, EventsOfKnownHourStandAtTheirStartWithTheClockOfThatMoment) {
  const SequenceCard& tour = card("event:darien-tour");
  EXPECT_EQ(tour.time, at("2022-04-18T12:49"));
  EXPECT_FALSE(tour.dayOnly);
  EXPECT_EQ(tour.clock, "Mon 18 Apr 2022, afternoon");
  EXPECT_EQ(tour.card->when, "Mon 18 Apr, afternoon (C)");
  EXPECT_EQ(tour.lines.front(), tour.card->title);
}

// Undated, they follow the press release's order (paragraphs 2 and 9), after the events.
TEST(StorySequence, StatementsAreQuotesFromTheSourceAfterTheEventsBeforeTheClosing) {
  if (!sourcesAtHand()) GTEST_SKIP() << "no source files at " << kSharedSources;
  const StorySequence& seq = panamaSequence();
  ASSERT_GE(seq.size(), 4u);
  EXPECT_EQ(seq[seq.size() - 3].id, "quote:statement-collective-action");
  EXPECT_EQ(seq[seq.size() - 2].id, "quote:statement-arrangement");
  const SequenceCard& q = card("quote:statement-collective-action");
  EXPECT_EQ(q.kind, SequenceCard::Kind::Quote);
  EXPECT_EQ(q.heading, "Alejandro N. Mayorkas said");
  EXPECT_EQ(q.time, test::panama().periodEnd.utc);
  EXPECT_EQ(q.clock, "During the trip (date not known)");
  const Trip& trip = test::panama();
  const Event& e = *trip.event("statement-collective-action");
  EXPECT_TRUE(q.passageFromSource);
  EXPECT_EQ(q.passage, citedPassage(*trip.source("dhs-2022-04-21"), e.citations.front(), {kSharedSources}).value());
  EXPECT_NE(q.citation.find("paragraph 2"), std::string::npos) << q.citation;
  // Shown as the source has it: no quotation marks of ours around its own.
  EXPECT_NE(std::find(q.lines.begin(), q.lines.end(), q.passage), q.lines.end());
  EXPECT_NE(card("quote:statement-arrangement").citation.find("paragraph 9"), std::string::npos);
  // Without the file, the summary, not presented as the source's words.
  const SequenceCard& bare = card("quote:statement-collective-action", false);
  EXPECT_FALSE(bare.passageFromSource);
  EXPECT_EQ(bare.passage, e.summary);
  EXPECT_NE(bare.citation.find("paragraph 2"), std::string::npos);
}

TEST(StorySequence, ClosingNamesTheSourcesAndWhatIsNotKnown) {
  const SequenceCard& c = card("closing");
  EXPECT_EQ(c.time, test::panama().periodEnd.utc);
  ASSERT_EQ(c.sources.size(), test::panama().sources.size());
  EXPECT_EQ(c.sources.front().publisher, "U.S. Department of Homeland Security");
  EXPECT_EQ(c.sources.front().date, "2022-04-21");
  ASSERT_GE(c.unknowns.size(), 3u);
  EXPECT_EQ(c.unknowns[0], "The hour of 10 events is not known, only the day.");
  EXPECT_EQ(c.unknowns[1], "The date of 2 events is not known, only that they fall within the trip.");
  bool approximate = false, inferred = false;
  for (const std::string& u : c.unknowns) {
    inferred |= u.rfind("Inferred, not stated", 0) == 0;
    if (u.rfind("Located only approximately: ", 0) != 0) continue;
    approximate = u.find("Metet") != std::string::npos;
    EXPECT_EQ(u.find("(approx.)"), std::string::npos) << u;  // said once, by the sentence
  }
  EXPECT_TRUE(approximate);
  EXPECT_TRUE(inferred);
  // A palace's and a hotel's coordinates are estimates; the grade is worded, never "EST".
  EXPECT_EQ(c.unknowns.back(), "Estimated, with no source: 2 place locations.");
}

TEST(StorySequence, CardAtATimeIsTheFirstOfTheLatestCardTime) {
  const StorySequence& seq = panamaSequence();
  EXPECT_EQ(sequenceCardAt(seq, at("2022-04-18T06:00"))->id, "title");
  EXPECT_EQ(sequenceCardAt(seq, at("2022-04-18T13:00"))->id, "event:darien-tour");
  // The 20th's events are known by the day only: they stand at its start, after its overview.
  EXPECT_EQ(sequenceCardAt(seq, at("2022-04-20T11:00"))->id, "day:2022-04-20");
  EXPECT_EQ(sequenceCardAt(seq, test::panama().periodStart.utc - 1), nullptr);
}

TEST(StorySequence, JsonListsTheCardsWithTheirKindTimeAndContent) {
  if (!sourcesAtHand()) GTEST_SKIP() << "no source files at " << kSharedSources;
  auto json = nlohmann::json::parse(sequenceJson(test::panama(), Timeline(test::panama(), TripClock(test::panama())), {kSharedSources}));
  ASSERT_EQ(json.size(), panamaSequence().size());
  EXPECT_EQ(json[0]["id"], "title");
  EXPECT_EQ(json[0]["time"], "2022-04-18T00:00-05:00");
  EXPECT_EQ(json[0]["dates"], "18-20 April 2022");
  for (const auto& c : json) {
    if (c["id"] == "event:press-conference") {
      EXPECT_EQ(c["day_only"], true);
      EXPECT_EQ(c["event"], "press-conference");
      EXPECT_EQ(c["clock"], "Wed 20 Apr 2022");
    }
    if (c["id"] == "quote:statement-arrangement") EXPECT_EQ(c["passage_from_source"], true);
  }
  EXPECT_EQ(json.back()["kind"], "closing");
  EXPECT_TRUE(json.back()["sources"][6]["date"].is_null());  // the locks report's date is not recorded
}

}  // namespace
}  // namespace itinera

namespace itinera {
namespace {

TEST(StorySequence, AClickOnAPlaceShowsTheFirstCardTellingAnEventThere) {
  const StorySequence& cards = panamaSequence();
  auto darien = sequenceCardForPlace(cards, "san-vicente-erm");
  ASSERT_TRUE(darien);
  EXPECT_EQ(cards[*darien].id, "event:darien-tour");
  for (size_t i = 0; i < *darien; ++i)
    EXPECT_TRUE(!cards[i].event || cards[i].event->place != "san-vicente-erm") << cards[i].id;
  EXPECT_FALSE(sequenceCardForPlace(cards, "no-such-place"));
  EXPECT_FALSE(sequenceCardForPlace(cards, ""));
}

}  // namespace
}  // namespace itinera

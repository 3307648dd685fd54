// The agenda model and the text agenda: the text lists exactly the model's days and rows, in the
// model's order, dated days first and the events known only to fall within the trip last.
#include <gtest/gtest.h>

#include <sstream>

#include "core/story/story_agenda.h"
#include "core/story/trip_agenda.h"
#include "test_trips.h"

namespace itinera {
namespace {

std::vector<std::string> lines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

TEST(StoryAgenda, DatedDaysInOrderThenTheUndatedLast) {
  const Trip& trip = test::panama();
  std::vector<AgendaDay> days = buildAgenda(trip, TripClock(trip));
  ASSERT_EQ(days.size(), 4u);
  EXPECT_EQ(days[0].heading, "Monday 18 April 2022");
  EXPECT_EQ(days[2].heading, "Wednesday 20 April 2022");
  EXPECT_EQ(days[3].heading, "During the trip (date not known)");
  EXPECT_FALSE(days[3].dated);
  size_t rows = 0;
  for (const AgendaDay& d : days) rows += d.rows.size();
  EXPECT_EQ(rows, trip.events.size());
  for (const AgendaRow& r : days[3].rows) EXPECT_EQ(r.time, "date not known") << r.eventId;
  EXPECT_EQ(days[0].rows.front().eventId, "arrival-mayorkas");
  EXPECT_EQ(days[0].rows.front().mark, " [C]");
  EXPECT_EQ(days[0].rows.front().time, "~12:00");
}

TEST(StoryAgenda, TextAgendaRowsAreTheModelsRows) {
  const Trip& trip = test::panama();
  std::vector<AgendaDay> days = buildAgenda(trip, TripClock(trip));
  std::vector<std::string> text = lines(formatAgenda(trip, TripClock(trip)));
  // After the title and legend: per day a blank line, the heading, the column titles, the rows.
  size_t i = 2;
  for (const AgendaDay& day : days) {
    ASSERT_LT(i + 2, text.size());
    EXPECT_EQ(text[i], "");
    EXPECT_EQ(text[i + 1], day.heading);
    EXPECT_EQ(text[i + 2].substr(0, 6), "  Time");
    i += 3;
    for (const AgendaRow& row : day.rows) {
      ASSERT_LT(i, text.size()) << row.eventId;
      const std::string& line = text[i++];
      EXPECT_EQ(line.substr(0, 2 + row.time.size()), "  " + row.time) << line;
      size_t title = line.find("  " + row.title + row.mark + " ");
      size_t place = line.find("  " + row.place + " ", title);
      EXPECT_NE(title, std::string::npos) << row.eventId << ": " << line;
      EXPECT_NE(place, std::string::npos) << row.eventId << ": " << line;
    }
  }
  EXPECT_EQ(i, text.size()) << "the text has rows the model has not";
}

}  // namespace
}  // namespace itinera

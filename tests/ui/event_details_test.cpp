// The details panel names each source by title, publisher and date, so two reports that share
// a title (the Ministerial's opening, by AFP and by Radio Panamá) are told apart.
#include "ui/event_details.h"

#include <gtest/gtest.h>

#include <set>

#include "core/story/briefing.h"

using namespace itinera;

TEST(EventDetails, EverySourceIsNamedApartWithItsPublisherAndDate) {
  auto briefing = Briefing::load(defaultTripPath(ITINERA_SOURCE_DIR), {});
  ASSERT_TRUE(briefing.ok()) << briefing.error();
  const Trip& trip = briefing.value()->trip();
  std::set<std::string> titles, lines;
  bool sharedTitle = false;
  for (const Source& s : trip.sources) {
    sharedTitle |= !titles.insert(s.title).second;
    std::string line = sourceLine(trip, s.id);
    EXPECT_TRUE(lines.insert(line).second) << line;
    EXPECT_NE(line.find(s.title), std::string::npos) << line;
    if (!s.publisher.empty()) EXPECT_NE(line.find(s.publisher), std::string::npos) << line;
    if (!s.date.empty()) EXPECT_NE(line.find(s.date), std::string::npos) << line;
    EXPECT_EQ(line.find(s.id), std::string::npos) << line;  // ids are never shown
  }
  EXPECT_TRUE(sharedTitle);  // the case this is for is in the trip
}

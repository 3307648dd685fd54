// The legend names every sign the screen draws and each traveller; the trip's heading gives its
// dates once.
#include <gtest/gtest.h>

#include "core/story/story_legend.h"
#include "core/story/story_sequence.h"
#include "test_trips.h"

namespace itinera {
namespace {

TEST(StoryLegend, NamesEveryTravellerAndEverySign) {
  Legend legend = tripLegend(test::panama());
  std::vector<std::string> travellers;
  for (const LegendEntry& e : legend.map)
    if (e.sign == LegendEntry::Sign::Traveller) travellers.push_back(e.text);
  EXPECT_EQ(travellers, (std::vector<std::string>{"Alejandro N. Mayorkas", "Antony J. Blinken"}));
  using Sign = LegendEntry::Sign;
  for (Sign s : {Sign::RouteTravelled, Sign::RouteAhead, Sign::Place, Sign::CurrentPlace, Sign::ApproximatePlace,
                 Sign::TintedRegion, Sign::EventKind, Sign::UncertainTime, Sign::DayOnly, Sign::Night}) {
    size_t found = 0;
    for (const auto* list : {&legend.map, &legend.slider})
      for (const LegendEntry& e : *list) found += e.sign == s && !e.text.empty();
    EXPECT_GE(found, 1u) << int(s);
  }
  // Every kind of event in the trip is explained by one of the legend's kinds' words.
  size_t kinds = 0;
  for (const LegendEntry& e : legend.slider) kinds += e.sign == Sign::EventKind;
  EXPECT_EQ(kinds, 5u);
}

TEST(StoryLegend, ManyTravellersStandTwoToARow) {
  Legend legend = tripLegend(test::panama());
  EXPECT_EQ(legend.travellersPerRow(), 1u);
  EXPECT_EQ(legend.rows(), 8u);  // the map's eight signs and the slider's eight
  for (size_t i = 2; i < 10; ++i) legend.map.insert(legend.map.begin(), {LegendEntry::Sign::Traveller, "T", "", i});
  EXPECT_EQ(legend.travellersPerRow(), 2u);
  EXPECT_EQ(legend.rows(), 11u);  // five rows of travellers, six more signs
}

TEST(StoryLegend, TheHeadingGivesTheDatesOnce) {
  const Trip& trip = test::panama();
  TripClock clock(trip);
  EXPECT_EQ(tripDates(trip, clock), "18-20 April 2022");
  EXPECT_EQ(tripHeading(trip, clock), trip.title);  // the title already says 18-20 April 2022
  Trip untitled = trip;
  untitled.title = "Secretary Mayorkas in Panama";
  EXPECT_EQ(tripHeading(untitled, clock), "Secretary Mayorkas in Panama, 18-20 April 2022");
}

}  // namespace
}  // namespace itinera

// Presenter mode, the video and the slides frame a day overview card on that day's places, not
// on where the traveller is at the card's moment.
#include "core/story/card_frame.h"

#include <gtest/gtest.h>

#include "core/camera/story_director.h"
#include "test_trips.h"

namespace itinera {
namespace {

bool contains(const MapBox& box, MapPoint p) {
  return p.x >= box.min.x && p.x <= box.max.x && p.y >= box.min.y && p.y <= box.max.y;
}

TEST(CardFrame, ADayCardsCameraShowsEveryPlaceOfItsDay) {
  const Trip& trip = test::panama();
  TripClock clock(trip);
  Timeline timeline(trip, clock);
  StorySequence sequence = buildSequence(trip, timeline, clock, {});
  Viewport size{1920, 1080};
  Rect area = storyArea(size, 1, true, true, false);
  int dayCards = 0;
  for (size_t i = 0; i < sequence.size(); ++i) {
    const SequenceCard& card = sequence[i];
    if (card.kind != SequenceCard::Kind::DayOverview) continue;
    ++dayCards;
    StoryDirector director(trip, timeline, test::utm());
    Camera camera;
    camera.viewport = size;
    director.followFrame(camera, presentedFrame(trip, timeline, test::utm(), sequence, i, card.time), area, true);
    MapBox seen = camera.visibleBox();
    for (const AgendaRow& row : card.dayRows) {
      if (row.event->place.empty()) continue;
      for (const Place& place : trip.places)
        if (place.id == row.event->place)
          EXPECT_TRUE(contains(seen, test::utm().toMap(place.location))) << card.id << ": " << place.id;
    }
  }
  EXPECT_GE(dayCards, 3);  // 18, 19 and 20 April
}

TEST(CardFrame, AnyOtherCardIsFramedAsTheStoryAtItsMoment) {
  const Trip& trip = test::panama();
  TripClock clock(trip);
  Timeline timeline(trip, clock);
  StorySequence sequence = buildSequence(trip, timeline, clock, {});
  for (size_t i = 0; i < sequence.size(); ++i) {
    if (sequence[i].kind == SequenceCard::Kind::DayOverview) continue;
    MapBox got = presentedFrame(trip, timeline, test::utm(), sequence, i, sequence[i].time);
    MapBox want = storyFrame(trip, timeline, test::utm(), sequence[i].time);
    EXPECT_EQ(got.min.x, want.min.x) << sequence[i].id;
    EXPECT_EQ(got.max.y, want.max.y) << sequence[i].id;
  }
}

}  // namespace
}  // namespace itinera

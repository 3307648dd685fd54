// A trip being started shows its places on the map before it validates.
#include "core/edit/draft_preview.h"

#include <gtest/gtest.h>

#include "core/edit/trip_document.h"
#include "core/edit/trip_edits.h"

using namespace itinera;

TEST(DraftPreview, ANewTripsFirstPlaceLoadsBeforeTheTripValidates) {
  TripDocument doc = TripDocument::blank("A trip", "a-trip", "UTC", "2000-01-01T00:00Z", "2000-01-02T00:00Z");
  OrderedJson basis = {{"kind", "inferred"}, {"reason", "placed on the map by hand"}};
  ASSERT_TRUE(doc.edit(addFeature(doc.json(), placeFeature("new-place", "New place", -79.5, 9, basis, OrderedJson::array()))));
  ASSERT_FALSE(doc.validate().ok());  // the place cites nothing yet
  TripLoadResult preview = loadTripFromString(draftPreviewText(doc.json()), "(preview)");
  ASSERT_TRUE(preview.ok()) << preview.problems.front().format();
  ASSERT_EQ(preview.trip->places.size(), 1u);
  EXPECT_EQ(preview.trip->places[0].id, "new-place");
  EXPECT_DOUBLE_EQ(preview.trip->places[0].location.lon, -79.5);
  EXPECT_EQ(preview.trip->title, "A trip");
}

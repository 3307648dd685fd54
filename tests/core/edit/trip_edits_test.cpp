// The edits the editor builds: a place found in the gazetteer, added or moved there, recorded as
// the importer records it.
#include "core/edit/trip_edits.h"

#include <gtest/gtest.h>

#include "core/edit/trip_document.h"

using namespace itinera;

namespace {

using Pointer = OrderedJson::json_pointer;

const FoundPlace kTocumen{"Tocumen International Airport", "airport", "exact",
                          "Coordinates of the OurAirports airport Tocumen (Panama, airport PTY) in the offline gazetteer, IATA code PTY.",
                          -79.38350, 9.07136};

TripDocument minimalTrip() {
  auto doc = TripDocument::open(ITINERA_FIXTURES "/trips/minimal.geojson");
  EXPECT_TRUE(doc.ok()) << (doc.ok() ? "" : doc.error());
  return std::move(doc.value());
}

}  // namespace

TEST(PlaceFound, AddsANewPlaceWithItsPrecisionAndBasis) {
  TripDocument doc = minimalTrip();
  PlaceEdit edit = placeFound(doc.json(), "", kTocumen, firstCitations(doc.json()));
  EXPECT_EQ(edit.id, "tocumen-international-airport");
  ASSERT_TRUE(doc.edit(edit.command));
  const OrderedJson& place = doc.json()[Pointer(*itemPointer(doc.json(), edit.id))];
  EXPECT_EQ(place["geometry"]["coordinates"], OrderedJson::array({-79.3835, 9.07136}));
  EXPECT_EQ(place["properties"]["kind"], "airport");
  EXPECT_EQ(place["properties"]["location_precision"], "exact");
  EXPECT_EQ(place["properties"]["location_basis"]["kind"], "inferred");
  EXPECT_EQ(place["properties"]["location_basis"]["reason"], kTocumen.reason);
  TripLoadResult loaded = doc.validate();
  EXPECT_TRUE(loaded.ok()) << (loaded.problems.empty() ? "" : loaded.problems.front().format());
}

TEST(PlaceFound, MovesTheSelectedPlaceInOneUndoableEdit) {
  TripDocument doc = minimalTrip();
  OrderedJson before = doc.json();
  FoundPlace city{"Panamá", "city", "city", "Coordinates of the GeoNames populated place Panamá.", -79.51973, 8.9936};
  PlaceEdit edit = placeFound(doc.json(), "port-office", city, OrderedJson::array());
  EXPECT_EQ(edit.id, "port-office");
  ASSERT_TRUE(doc.edit(edit.command));
  const OrderedJson& place = doc.json()[Pointer(*itemPointer(doc.json(), "port-office"))];
  EXPECT_EQ(place["geometry"]["coordinates"], OrderedJson::array({-79.51973, 8.9936}));
  EXPECT_EQ(place["properties"]["location_precision"], "city");
  EXPECT_EQ(place["properties"]["location_basis"]["reason"], city.reason);
  EXPECT_NE(place["properties"]["name"], "Panamá");  // a named place keeps its name
  ASSERT_TRUE(doc.undo());
  EXPECT_EQ(doc.json(), before);
}

// Picking places under the cursor: marker discs with tolerance, ties, areas, the real trip.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <map>

#include "core/layout/picking.h"
#include "core/trip/trip_loader.h"
#include "test_trips.h"
#include "core/camera/views.h"
#include "panama_views.h"

namespace itinera {
namespace {

using test::panama;
using test::roadTrip;
using test::utm;



Camera cameraAt(LonLat centre, double metresPerPixel) {
  Camera c;
  c.center = utm().toMap(centre);
  c.metresPerPixel = metresPerPixel;
  c.viewport = {1000, 800};
  return c;
}

ScreenPoint screen(const Camera& c, LonLat p) { return c.toScreen(utm().toMap(p)); }

std::optional<std::string> pick(const Trip& trip, const Camera& c, ScreenPoint cursor, double uiScale = 1) {
  return PlacePicker(trip, utm(), uiScale).pick(c, cursor, defaultPickTolerancePx(uiScale));
}

TEST(Picking, MarkerRadiusGrowsWithEventsUpToACap) {
  EXPECT_DOUBLE_EQ(markerRadiusPx(0, 1), 7);
  EXPECT_DOUBLE_EQ(markerRadiusPx(1, 1), 9);
  EXPECT_DOUBLE_EQ(markerRadiusPx(4, 1), 15);
  EXPECT_DOUBLE_EQ(markerRadiusPx(5, 1), 16);
  EXPECT_DOUBLE_EQ(markerRadiusPx(40, 1), 16);
  EXPECT_DOUBLE_EQ(markerRadiusPx(1, 2), 18);
  EXPECT_DOUBLE_EQ(defaultPickTolerancePx(1.5), 12);
}

TEST(Picking, EventCountIncludesChildPlaces) {
  const Trip& t = roadTrip();
  EXPECT_EQ(eventCountAt(t, "town-a"), 6u);  // five of its own and the signing at Office A
  EXPECT_EQ(eventCountAt(t, "office-a"), 1u);
  EXPECT_EQ(eventCountAt(t, "reserve"), 2u);  // the walk and the ranger briefing
  EXPECT_EQ(eventCountAt(t, "town-b"), 2u);
  EXPECT_EQ(eventCountAt(t, "atlantis"), 0u);
  EXPECT_EQ(eventCountAt(panama(), "darien"), 1u);
}

TEST(Picking, MarkerLocationIsThePlacePointOrAnAreasRepresentativePoint) {
  auto b = placeMarkerLocation(roadTrip(), "town-b");
  ASSERT_TRUE(b);
  EXPECT_DOUBLE_EQ(b->lat, 8.4);
  auto reserve = placeMarkerLocation(roadTrip(), "reserve");
  ASSERT_TRUE(reserve);
  EXPECT_NEAR(reserve->lon, -79.4, 1e-6);
  EXPECT_NEAR(reserve->lat, 8.1, 1e-6);
  EXPECT_FALSE(placeMarkerLocation(roadTrip(), "atlantis"));
}

TEST(Picking, CursorOnAMarkerWithinToleranceAndJustOutside) {
  const Trip& t = roadTrip();
  Camera c = cameraAt({-80.0, 8.4}, 100);
  ScreenPoint b = screen(c, {-80.0, 8.4});
  double reach = markerRadiusPx(2, 1) + kPickTolerancePx;  // 11 + 8 px
  EXPECT_EQ(pick(t, c, b), "town-b");
  EXPECT_EQ(pick(t, c, {b.x + reach - 0.5, b.y}), "town-b");
  EXPECT_EQ(pick(t, c, {b.x, b.y - reach + 0.5}), "town-b");
  EXPECT_EQ(pick(t, c, {b.x + reach + 0.5, b.y}), std::nullopt);
  EXPECT_EQ(pick(t, c, {b.x + 14, b.y + 14}), std::nullopt);  // 19.8 px away, on the diagonal
  // A larger UI scale widens both the disc and the tolerance.
  EXPECT_EQ(pick(t, c, {b.x + reach + 0.5, b.y}, 1.5), "town-b");
}

TEST(Picking, OnATieTheChildPlaceWins) {
  // Office A stands at the same point as Town A, which contains it.
  const Trip& t = roadTrip();
  Camera c = cameraAt({-80.0, 8.0}, 100);
  ScreenPoint a = screen(c, {-80.0, 8.0});
  EXPECT_EQ(pick(t, c, a), "office-a");
  EXPECT_EQ(pick(t, c, {a.x - 5, a.y + 3}), "office-a");
  // Past Office A's reach (9 + 8 px) but within Town A's (16 + 8 px).
  EXPECT_EQ(pick(t, c, {a.x + 20, a.y}), "town-a");
}

TEST(Picking, TheNearestOfOverlappingMarkersWins) {
  // Zoomed out so the ranger station's disc and the reserve's overlap (about 16 px apart).
  const Trip& t = roadTrip();
  Camera c = cameraAt({-79.42, 8.12}, 500);
  ScreenPoint ranger = screen(c, {-79.45, 8.15}), reserve = screen(c, {-79.4, 8.1});
  ASSERT_LT(std::hypot(ranger.x - reserve.x, ranger.y - reserve.y), markerRadiusPx(2, 1) + kPickTolerancePx);
  EXPECT_EQ(pick(t, c, ranger), "ranger-station");
  EXPECT_EQ(pick(t, c, reserve), "reserve");
  ScreenPoint nearRanger{ranger.x + (reserve.x - ranger.x) * 0.4, ranger.y + (reserve.y - ranger.y) * 0.4};
  ScreenPoint nearReserve{ranger.x + (reserve.x - ranger.x) * 0.6, ranger.y + (reserve.y - ranger.y) * 0.6};
  EXPECT_EQ(pick(t, c, nearRanger), "ranger-station");
  EXPECT_EQ(pick(t, c, nearReserve), "reserve");
}

TEST(Picking, MarkersBeatTheAreaAroundThem) {
  const Trip& t = roadTrip();
  Camera c = cameraAt({-79.4, 8.1}, 100);
  EXPECT_EQ(pick(t, c, screen(c, {-79.45, 8.15})), "ranger-station");  // inside the reserve's square
}

TEST(Picking, AnAreaIsPickedInsideItsOutlineNotOutside) {
  const Trip& t = roadTrip();
  Camera c = cameraAt({-79.4, 8.1}, 100);
  // Far from the markers (at least 9 km, 90 px) but inside the square -79.5..-79.3 x 8.0..8.2.
  EXPECT_EQ(pick(t, c, screen(c, {-79.32, 8.02})), "reserve");
  EXPECT_EQ(pick(t, c, screen(c, {-79.49, 8.19})), "reserve");
  EXPECT_EQ(pick(t, c, screen(c, {-79.28, 8.02})), std::nullopt);  // just east of it
  EXPECT_EQ(pick(t, c, screen(c, {-79.32, 7.98})), std::nullopt);  // just south of it
}

TEST(Picking, TheSmallestContainingAreaWinsAndHolesAreOutside) {
  Trip t = roadTrip();
  Place core;  // a small square inside the reserve, with a hole in its middle
  core.id = "reserve-core";
  core.parent = "reserve";
  core.location = {-79.33, 8.03};
  core.areas = {{{{-79.35, 8.01}, {-79.31, 8.01}, {-79.31, 8.05}, {-79.35, 8.05}, {-79.35, 8.01}},
                 {{-79.335, 8.025}, {-79.325, 8.025}, {-79.325, 8.035}, {-79.335, 8.035}, {-79.335, 8.025}}}};
  t.places.push_back(core);
  Camera c = cameraAt({-79.4, 8.1}, 50);
  EXPECT_EQ(pick(t, c, screen(c, {-79.345, 8.015})), "reserve-core");
  EXPECT_EQ(pick(t, c, screen(c, {-79.33, 8.03})), "reserve");  // in the hole: only the reserve
  EXPECT_EQ(pick(t, c, screen(c, {-79.37, 8.03})), "reserve");
}

TEST(Picking, TargetsAreMarkersThenAreas) {
  Camera c = cameraAt({-79.4, 8.1}, 100);
  std::vector<PickTarget> targets = PlacePicker(roadTrip(), utm(), 1).targets(c);
  std::vector<std::string> markers, areas;
  for (const PickTarget& t : targets) (t.area ? areas : markers).push_back(t.placeId);
  EXPECT_EQ(markers, (std::vector<std::string>{"town-a", "office-a", "town-b", "reserve", "ranger-station"}));
  EXPECT_EQ(areas, std::vector<std::string>{"reserve"});
  // On the real trip the Darién and the Canal have no event of their own: areas only.
  std::vector<PickTarget> real = PlacePicker(panama(), utm(), 1).targets(c);
  for (const PickTarget& t : real)
    if (t.placeId == "darien" || t.placeId == "panama-canal") EXPECT_TRUE(t.area) << t.placeId;
}

TEST(Picking, ClickInTheDarienAwayFromMarkersPicksTheProvince) {
  const Trip& t = panama();
  Camera c = cameraForView(*panamaView("darien"), utm(), {1280, 720});
  ScreenPoint inside = screen(c, {-77.7, 7.9});  // the province's south-east, far from San Vicente
  ScreenPoint sanVicente = screen(c, {-77.98, 8.5});
  ASSERT_GT(std::hypot(inside.x - sanVicente.x, inside.y - sanVicente.y), 100);
  EXPECT_EQ(pick(t, c, inside), "darien");
  EXPECT_EQ(pick(t, c, {sanVicente.x + 6, sanVicente.y - 6}), "san-vicente-erm");
  EXPECT_EQ(pick(t, c, screen(c, {-78.5, 7.4})), std::nullopt);  // west of the outline
}

// The picker keeps the trip in map space: once its projection is gone it still answers as a
// picker with a live projection does, for a grid of cursors over the Darién and the city.
TEST(Picking, APickerOutlivesItsProjection) {
  const Trip& t = panama();
  std::optional<PlacePicker> picker;
  {
    auto own = Projection::create(kDefaultCrs);
    ASSERT_TRUE(own.ok()) << own.error();
    picker.emplace(t, own.value(), 1.0);
  }  // the projection is gone
  for (const char* view : {"darien", "panama-city", "overview"}) {
    Camera c = cameraForView(*panamaView(view), utm(), {1280, 720});
    size_t picked = 0;
    for (int y = 0; y < 720; y += 12)
      for (int x = 0; x < 1280; x += 12) {
        auto expected = pick(t, c, {double(x), double(y)});
        EXPECT_EQ(picker->pick(c, {double(x), double(y)}, defaultPickTolerancePx(1)), expected) << view << " " << x << "," << y;
        picked += expected.has_value();
      }
    EXPECT_GT(picked, 0u) << view;
    auto targets = picker->targets(c), fresh = PlacePicker(t, utm(), 1).targets(c);
    ASSERT_EQ(targets.size(), fresh.size());
    for (size_t i = 0; i < targets.size(); ++i) EXPECT_EQ(targets[i].placeId, fresh[i].placeId);
  }
}

}  // namespace
}  // namespace itinera

// A place added in the editor, with no events yet, is drawn as a plain marker and can be picked,
// so the user sees what was added.
#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <sstream>

#include "../core/panama_views.h"
#include "briefing_scene.h"
#include "core/camera/views.h"
#include "core/edit/trip_document.h"
#include "core/edit/trip_edits.h"
#include "core/story/briefing.h"
#include "ui/briefing_screen.h"

using namespace itinera;

namespace {

class NewPlaceRenderTest : public BriefingSceneTest<NewPlaceRenderTest, 960, 540> {};

// In the Gulf of Panama, between the city and the Darién: open sea on the overview, no marker near.
constexpr LonLat kNewPlace{-79.05, 8.55};

std::string bundledText() {
  std::ifstream in(defaultTripPath(ITINERA_SOURCE_DIR), std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

TEST_F(NewPlaceRenderTest, APlaceWithoutEventsIsDrawnAndPickable) {
  auto doc = TripDocument::fromText(bundledText(), "trip.geojson");
  ASSERT_TRUE(doc) << doc.error();
  OrderedJson basis = {{"kind", "inferred"}, {"reason", "placed on the map by hand"}};
  ASSERT_TRUE(doc->edit(addFeature(doc->json(), placeFeature("new-place", "New place", kNewPlace.lon, kNewPlace.lat,
                                                                       basis, firstCitations(doc->json())))));
  TripLoadResult loaded = loadTripFromString(doc->text(), "trip.geojson");
  ASSERT_TRUE(loaded.ok()) << (loaded.problems.empty() ? "" : loaded.problems.front().format());
  Briefing edited(TripSnapshot::make(std::move(*loaded.trip), std::move(*loaded.clock)), {});
  edited.playback().seek(briefing_->playback().time());

  Camera camera = cameraForView(*panamaView("overview"), data_->projection, kSize);
  ScreenPoint at = camera.toScreen(data_->projection.toMap(kNewPlace));
  ASSERT_GT(at.x, 20);
  ASSERT_LT(at.x, kSize.width - 20);
  ASSERT_GT(at.y, 20);
  ASSERT_LT(at.y, kSize.height - 20);
  BriefingScreen screen(edited, renderer_->view(), renderer_->ui().fonts(), 1);
  auto pixels = renderer_->renderWith([&] { screen.draw(frameParams({}, edited.playback().time(), camera, false, 1)); }, 1);
  auto lightness = [&](double x, double y) {
    size_t i = (size_t(std::lround(y)) * kSize.width + size_t(std::lround(x))) * 4;
    return (pixels[i] + pixels[i + 1] + pixels[i + 2]) / 3;
  };
  // The plain marker: a dark dot in a white disc, where the sea is neither.
  EXPECT_LT(lightness(at.x, at.y), 90);
  int white = 0;
  for (double angle = 0; angle < 6.28; angle += 0.785)
    white += lightness(at.x + 3.8 * std::cos(angle), at.y + 3.8 * std::sin(angle)) > 200;
  EXPECT_GE(white, 6) << "no white disc around the new place";
  EXPECT_EQ(screen.pick(camera, at), "new-place");
}

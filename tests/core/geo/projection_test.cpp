// Projection against PROJ's own cs2cs values (cs2cs -f %.4f EPSG:4326 EPSG:32617).
#include "core/geo/projection.h"

#include <gtest/gtest.h>

#include <thread>
#include <vector>

using namespace itinera;

namespace {

struct Known {
  LonLat lonLat;
  MapPoint utm17n;
};

// Panama City, Yaviza, Gatún Locks, western Chiriquí.
const Known kKnown[] = {
    {{-79.5347, 8.9711}, {661086.5468, 991978.3323}},
    {{-77.6924, 8.1575}, {864549.2585, 903204.1131}},
    {{-79.9227, 9.2722}, {618327.1493, 1025125.3289}},
    {{-83.0, 7.5}, {279297.8473, 829525.6696}},
};

}  // namespace

TEST(Projection, MatchesCs2csForUtm17N) {
  auto p = Projection::create(kDefaultCrs);
  ASSERT_TRUE(p.ok()) << p.error();
  for (const Known& k : kKnown) {
    MapPoint m = p->toMap(k.lonLat);
    EXPECT_NEAR(m.x, k.utm17n.x, 0.01);
    EXPECT_NEAR(m.y, k.utm17n.y, 0.01);
  }
}

TEST(Projection, AxisOrderIsLonLatEvenForLatLonCrs) {
  // EPSG:4326 is lat/lon by authority; normalised input stays lon, lat.
  auto p = Projection::create("EPSG:3857");
  ASSERT_TRUE(p.ok()) << p.error();
  MapPoint m = p->toMap({-79.5347, 8.9711});
  EXPECT_NEAR(m.x, -8853762.3044, 0.01);
  EXPECT_NEAR(m.y, 1002763.9575, 0.01);
}

TEST(Projection, RoundTrips) {
  auto p = Projection::create(kDefaultCrs);
  ASSERT_TRUE(p.ok());
  for (const Known& k : kKnown) {
    LonLat back = p->toLonLat(p->toMap(k.lonLat));
    EXPECT_NEAR(back.lon, k.lonLat.lon, 1e-9);
    EXPECT_NEAR(back.lat, k.lonLat.lat, 1e-9);
  }
}

TEST(Projection, BatchEqualsSinglePoints) {
  auto p = Projection::create(kDefaultCrs);
  ASSERT_TRUE(p.ok());
  std::vector<LonLat> in;
  for (const Known& k : kKnown) in.push_back(k.lonLat);
  std::vector<MapPoint> out;
  p->toMap(in, out);
  ASSERT_EQ(out.size(), in.size());
  for (size_t i = 0; i < in.size(); ++i) EXPECT_NEAR(out[i].x, p->toMap(in[i]).x, 1e-6);
}

TEST(Projection, RejectsUnknownCrsWithItsName) {
  auto p = Projection::create("EPSG:999999");
  ASSERT_FALSE(p.ok());
  EXPECT_NE(p.error().find("EPSG:999999"), std::string::npos);
}

TEST(Projection, RejectsGeographicCrs) {
  auto p = Projection::create("EPSG:4326");
  ASSERT_FALSE(p.ok());
  EXPECT_NE(p.error().find("geographic"), std::string::npos);
}

TEST(Projection, AcceptsProjStrings) {
  auto p = Projection::create("+proj=merc +datum=WGS84");
  ASSERT_TRUE(p.ok()) << p.error();
  EXPECT_NEAR(p->toMap({0, 0}).x, 0, 1e-6);
}

// Workers each project with their own clone, at once, and agree with one thread to the bit.
TEST(Projection, ClonesProjectOnSeveralThreadsAtOnceAsOneThreadDoes) {
  auto p = Projection::create(kDefaultCrs);
  ASSERT_TRUE(p.ok()) << p.error();
  std::vector<LonLat> points;
  for (int i = 0; i < 20000; ++i) points.push_back({-83.0 + 6.0 * (i % 200) / 200, 7.0 + 3.0 * (i / 200) / 100});
  std::vector<MapPoint> expected;
  for (const LonLat& q : points) expected.push_back(p->toMap(q));
  constexpr int kThreads = 4;
  std::vector<Projection> clones;
  for (int i = 0; i < kThreads; ++i) {
    auto c = p->clone();
    ASSERT_TRUE(c.ok()) << c.error();
    EXPECT_EQ(c->name(), p->name());
    clones.push_back(std::move(c.value()));
  }
  std::vector<std::vector<MapPoint>> single(kThreads), batch(kThreads);
  std::vector<std::vector<LonLat>> back(kThreads);
  std::vector<std::thread> workers;
  for (int i = 0; i < kThreads; ++i)
    workers.emplace_back([&, i] {
      for (const LonLat& q : points) single[i].push_back(clones[i].toMap(q));
      std::vector<LonLat> in = points;
      clones[i].toMap(in, batch[i]);
      for (const MapPoint& m : single[i]) back[i].push_back(clones[i].toLonLat(m));
    });
  for (auto& w : workers) w.join();
  for (int i = 0; i < kThreads; ++i) {
    ASSERT_EQ(single[i].size(), points.size());
    for (size_t k = 0; k < points.size(); ++k) {
      ASSERT_EQ(single[i][k].x, expected[k].x) << i << " " << k;
      ASSERT_EQ(single[i][k].y, expected[k].y) << i << " " << k;
      ASSERT_EQ(batch[i][k].x, expected[k].x) << i << " " << k;
      ASSERT_NEAR(back[i][k].lon, points[k].lon, 1e-9);
      ASSERT_NEAR(back[i][k].lat, points[k].lat, 1e-9);
    }
  }
}

TEST(Projection, AnEmptyProjectionCannotBeCloned) { EXPECT_FALSE(Projection().clone().ok()); }

// The KML's tour read back with libkml: one flight and wait per card of the presenter sequence, in
// its order and pacing, each with a time no more precise than the event's and a view that holds
// its place; the KMZ carries the same tour.
#include "interchange/kml_tour.h"

#include <gtest/gtest.h>
#include <kml/dom.h>
#include <kml/engine/kmz_file.h>
#include <unistd.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <numbers>

#include "core/trip/trip_loader.h"
#include "interchange/kml_writer.h"

namespace itinera {
namespace {

const Trip& panama() {
  static Trip trip = *loadTrip(ITINERA_SOURCE_DIR "/geodata/trips/panama-2022.geojson").trip;
  return trip;
}

struct ReadStop {
  std::string id, begin, end;  // end "" for a gx:TimeStamp
  double flySeconds = 0, waitSeconds = 0;
  double lon = 0, lat = 0, range = 0;
};

struct ReadTour {
  int tours = 0;
  std::vector<ReadStop> stops;
  std::string problem;  // a primitive out of place
};

// The gx:Tours in `container` and the containers in it.
void collectTours(const kmldom::ContainerPtr& container, std::vector<kmldom::GxTourPtr>& tours) {
  for (size_t f = 0; f < container->get_feature_array_size(); ++f) {
    const kmldom::FeaturePtr& feature = container->get_feature_array_at(f);
    if (kmldom::GxTourPtr tour = kmldom::AsGxTour(feature)) tours.push_back(tour);
    if (kmldom::ContainerPtr inner = kmldom::AsContainer(feature)) collectTours(inner, tours);
  }
}

// Every gx:Tour in the document; the stops of the first, as FlyTo + Wait pairs.
ReadTour readTour(const std::string& kml, std::string& errors) {
  ReadTour out;
  kmldom::KmlPtr root = kmldom::AsKml(kmldom::Parse(kml, &errors));
  if (!root) return out;
  kmldom::DocumentPtr document = kmldom::AsDocument(root->get_feature());
  if (!document) return out;
  std::vector<kmldom::GxTourPtr> tours;
  collectTours(document, tours);
  out.tours = int(tours.size());
  if (tours.empty()) return out;
  const kmldom::GxPlaylistPtr& playlist = tours.front()->get_gx_playlist();
  size_t n = playlist->get_gx_tourprimitive_array_size();
  if (n % 2 != 0) out.problem = "the playlist ends with a flight and no wait";
  for (size_t i = 0; i + 1 < n; i += 2) {
    kmldom::GxFlyToPtr fly = kmldom::AsGxFlyTo(playlist->get_gx_tourprimitive_array_at(i));
    kmldom::GxWaitPtr wait = kmldom::AsGxWait(playlist->get_gx_tourprimitive_array_at(i + 1));
    kmldom::LookAtPtr view = fly ? kmldom::AsLookAt(fly->get_abstractview()) : nullptr;
    if (!fly || !wait || !view || !view->has_gx_timeprimitive()) {
      out.problem = "primitive " + std::to_string(i) + " is not a FlyTo to a timed LookAt and a Wait";
      return out;
    }
    ReadStop s{fly->get_id(), "", "", fly->get_gx_duration(), wait->get_gx_duration(),
               view->get_longitude(), view->get_latitude(), view->get_range()};
    if (auto span = kmldom::AsGxTimeSpan(view->get_gx_timeprimitive())) {
      s.begin = span->get_begin();
      s.end = span->get_end();
    } else if (auto stamp = kmldom::AsGxTimeStamp(view->get_gx_timeprimitive())) {
      s.begin = stamp->get_when();
    }
    out.stops.push_back(s);
  }
  return out;
}

class KmlTour : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    folder_ = std::filesystem::temp_directory_path() / ("itinera-kml-tour-" + std::to_string(::getpid()));
    std::filesystem::create_directories(folder_);
    Timeline timeline(panama(), TripClock(panama()));
    ASSERT_EQ(writeKml(panama(), timeline, (folder_ / "trip.kml").string()), "");
    std::ifstream in(folder_ / "trip.kml");
    kml_.assign(std::istreambuf_iterator<char>(in), {});
    std::string errors;
    tour_ = readTour(kml_, errors);
    ASSERT_EQ(errors, "");
    sequence_ = buildSequence(panama(), timeline, timeline.clock(), {});
  }
  static void TearDownTestSuite() { std::filesystem::remove_all(folder_); }

  static const ReadStop* stopFor(const std::string& cardId) {
    SequenceCard card;
    card.id = cardId;
    for (const ReadStop& s : tour_.stops)
      if (s.id == tourStopId(card)) return &s;
    return nullptr;
  }

  static inline std::filesystem::path folder_;
  static inline std::string kml_;
  static inline ReadTour tour_;
  static inline StorySequence sequence_;
};

TEST_F(KmlTour, OneStopPerCardOfThePresenterSequenceInItsOrderAndPacing) {
  ASSERT_EQ(tour_.tours, 1);
  EXPECT_EQ(kml_.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", 0), 0u);
  EXPECT_NE(kml_.find("xmlns:gx=\"http://www.google.com/kml/ext/2.2\""), std::string::npos) << "gx: undeclared";
  ASSERT_EQ(tour_.problem, "");
  ASSERT_EQ(tour_.stops.size(), sequence_.size());
  Timeline timeline(panama(), TripClock(panama()));
  StoryPacing pacing(panama(), sequence_);
  size_t eventStops = 0;
  for (size_t i = 0; i < sequence_.size(); ++i) {
    const ReadStop& s = tour_.stops[i];
    EXPECT_EQ(s.id, tourStopId(sequence_[i])) << "stop " << i;
    eventStops += sequence_[i].event != nullptr;
    EXPECT_GE(s.waitSeconds, PacingOptions{}.minHoldSeconds) << s.id << ": too short to read";
    EXPECT_NEAR(s.waitSeconds, pacing.cardHold(i), 1e-6) << s.id << ": not held as presenter mode holds it";
    EXPECT_GE(s.flySeconds, kMinFlightSeconds) << s.id;
    EXPECT_FALSE(s.begin.empty()) << s.id << ": no time set";
    EXPECT_GT(s.range, 0) << s.id;
  }
  EXPECT_EQ(eventStops, panama().events.size());  // every event is on exactly one card
  EXPECT_EQ(tour_.stops.front().id, "stop-title");
  EXPECT_EQ(tour_.stops.back().id, "stop-closing");
}

TEST_F(KmlTour, EachStopsTimeIsNoMorePreciseThanTheEvent) {
  struct Want {
    const char* card;
    const char* begin;
    const char* end;
  };
  const Want wants[] = {
      // the afternoon, not the 12:49 best estimate
      {"event:darien-tour", "2022-04-18T12:00:00-05:00", "2022-04-18T18:00:00-05:00"},
      // "around noon": its bounds, never a 12:00 instant
      {"event:arrival-mayorkas", "2022-04-18T11:00:00-05:00", "2022-04-18T13:00:00-05:00"},
      // the morning, widened to its bounds
      {"event:security-chiefs-meeting", "2022-04-19T00:00:00-05:00", "2022-04-19T13:00:00-05:00"},
      // the day, not the hours of its best estimate
      {"event:signing-arrangement", "2022-04-19T00:00:00-05:00", "2022-04-20T00:00:00-05:00"},
      // an undated statement: the whole trip
      {"quote:statement-collective-action", "2022-04-18T00:00:00-05:00", "2022-04-21T00:00:00-05:00"},
      {"title", "2022-04-18T00:00:00-05:00", "2022-04-21T00:00:00-05:00"},
  };
  for (const Want& w : wants) {
    const ReadStop* s = stopFor(w.card);
    ASSERT_NE(s, nullptr) << w.card;
    EXPECT_EQ(s->begin, w.begin) << w.card;
    EXPECT_EQ(s->end, w.end) << w.card;
  }
  EXPECT_EQ(kml_.find("<gx:TimeStamp>"), std::string::npos) << "no event of this trip is known to the minute";
}

TEST_F(KmlTour, AnEventInTheDarienIsViewedWithTheWholeProvince) {
  const Place* darien = panama().place("darien");
  ASSERT_TRUE(darien && darien->isArea());
  double west = 180, east = -180, south = 90, north = -90;
  for (const Polygon& polygon : darien->areas)
    for (LonLat p : polygon.front()) {
      west = std::min(west, p.lon), east = std::max(east, p.lon);
      south = std::min(south, p.lat), north = std::max(north, p.lat);
    }
  const ReadStop* s = stopFor("event:darien-tour");
  ASSERT_NE(s, nullptr);
  // What a 60 degree wide, 16:9 view straight down from `range` shows, in degrees around the centre.
  double halfWideM = s->range * std::tan(std::numbers::pi / 6), halfHighM = halfWideM * 9 / 16;
  double metresPerDegree = 111320;
  double halfWideDeg = halfWideM / (metresPerDegree * std::cos(s->lat * std::numbers::pi / 180));
  double halfHighDeg = halfHighM / metresPerDegree;
  EXPECT_LE(s->lon - halfWideDeg, west);
  EXPECT_GE(s->lon + halfWideDeg, east);
  EXPECT_LE(s->lat - halfHighDeg, south);
  EXPECT_GE(s->lat + halfHighDeg, north);
}

TEST_F(KmlTour, TheKmzCarriesTheSameTour) {
  std::string path = (folder_ / "trip.kmz").string();
  Timeline timeline(panama(), TripClock(panama()));
  ASSERT_EQ(writeKml(panama(), timeline, path), "");
  kmlengine::KmzFilePtr kmz(kmlengine::KmzFile::OpenFromFile(path.c_str()));
  ASSERT_TRUE(kmz);
  std::string kml, errors;
  ASSERT_TRUE(kmz->ReadKml(&kml));
  ReadTour tour = readTour(kml, errors);
  EXPECT_EQ(errors, "");
  ASSERT_EQ(tour.stops.size(), tour_.stops.size());
  for (size_t i = 0; i < tour.stops.size(); ++i) EXPECT_EQ(tour.stops[i].id, tour_.stops[i].id);
  std::vector<std::string> files;
  ASSERT_TRUE(kmz->List(&files));
  for (const char* layer : {"layers/Places.kml", "layers/Events.kml", "layers/Legs.kml"}) {
    std::string text;
    EXPECT_TRUE(kmz->ReadFile(layer, &text)) << layer << " was lost on the way";
    EXPECT_NE(text.find("<Placemark"), std::string::npos) << layer;
  }
}

}  // namespace
}  // namespace itinera

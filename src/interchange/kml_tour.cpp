// The tour follows the story model: the sequence decides the stops, the pacing their durations,
// the story camera their frames, the event records their honest times. Nothing is decided here.
#include "interchange/kml_tour.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <map>
#include <numbers>

#include <kml/base/attributes.h>

#include "core/camera/story_camera.h"
#include "core/layout/picking.h"
#include "interchange/event_record.h"
#include "interchange/ogr_fields.h"

namespace itinera {
namespace {

constexpr const char* kGxNamespace = "http://www.google.com/kml/ext/2.2";

struct StopTime {
  int64_t begin = 0, end = 0;
};

MapBox overviewFrame(const Trip& trip, const Projection& projection) {
  MapBox box;
  for (const Place& p : trip.places)
    if (hasMarker(trip, p.id)) box.extend(placeFrame(trip, projection, p.id));
  return box;
}

// The frame at an event's card: the app's story frame at its moment when it has one, always
// holding the event's place whole (a region is shown entire, never as a point).
MapBox eventStopFrame(const Trip& trip, const Timeline& timeline, const Projection& projection,
                      const SequenceCard& card) {
  const Event& e = *card.event;
  MapBox box = placeFrame(trip, projection, e.place);
  if (e.point) box.extend(projection.toMap(*e.point));
  bool momentKnown = e.time.precision == TimePrecision::Minute || e.time.precision == TimePrecision::Hour ||
                     e.time.precision == TimePrecision::PartOfDay;
  if (momentKnown) box.extend(storyFrame(trip, timeline, projection, card.time));
  return box.empty() ? overviewFrame(trip, projection) : box;
}

// The calendar's span (event_record: the minutes or hour, the part of the day's range, the whole
// days; none for an undated event) widened to the bounds of an uncertain time, so the tour is
// never more precise than the calendar nor than the bounds.
StopTime eventStopTime(const Trip& trip, const EventRecord& record) {
  if (!record.span) return {trip.periodStart.utc, trip.periodEnd.utc};
  const TimeSpan& t = record.event->time;
  int64_t begin = record.span->startUtc;
  int64_t end = record.span->hasEnd ? record.span->endUtc : begin;
  if (t.earliest) begin = std::min(begin, t.earliest->utc);
  if (t.latest) end = std::max(end, t.latest->utc);
  return {begin, std::max(begin, end)};
}

// The presentation seconds between the end of the previous card's hold and the start of this one.
double flightSeconds(const StoryPacing& pacing, size_t card) {
  if (card == 0) return kMinFlightSeconds;
  double gap = pacing.cardStart(card) - (pacing.cardStart(card - 1) + pacing.cardHold(card - 1));
  return std::max(kMinFlightSeconds, gap);
}

}  // namespace

std::string tourStopId(const SequenceCard& card) {
  std::string id = "stop-" + card.id;
  for (char& c : id)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '_' && c != '.') c = '-';
  return id;
}

double lookAtRange(const MapBox& frame) {
  double grow = 1 + 2 * kStoryFrameMargin;
  double halfWide = std::tan(kEarthFieldOfViewDegrees / 2 * std::numbers::pi / 180);
  double halfHigh = halfWide / kEarthScreenAspect;
  return std::max(frame.width() * grow / (2 * halfWide), frame.height() * grow / (2 * halfHigh));
}

std::string kmlDateTime(const TripClock& clock, int64_t utc) {
  CivilTime c = clock.civil(utc);
  int offset = clock.offsetMinutes(utc);
  char buf[40];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d%c%02d:%02d", c.year, c.month, c.day, c.hour, c.minute,
                c.second, offset < 0 ? '-' : '+', std::abs(offset) / 60, std::abs(offset) % 60);
  return buf;
}

std::vector<TourStop> tourStops(const Trip& trip, const Timeline& timeline, const Projection& projection,
                                const StorySequence& sequence, const StoryPacing& pacing,
                                const std::vector<EventRecord>& records) {
  std::map<const Event*, const EventRecord*> recordOf;
  for (const EventRecord& r : records) recordOf.emplace(r.event, &r);
  std::vector<TourStop> stops;
  MapBox previous;
  for (size_t i = 0; i < sequence.size(); ++i) {
    const SequenceCard& card = sequence[i];
    MapBox frame = overviewFrame(trip, projection);
    StopTime time{trip.periodStart.utc, trip.periodEnd.utc};
    if (card.event) {
      frame = eventStopFrame(trip, timeline, projection, card);
      time = eventStopTime(trip, *recordOf.at(card.event));
    }
    TourStop stop;
    stop.id = tourStopId(card);
    stop.centre = projection.toLonLat(frame.center());
    stop.rangeM = lookAtRange(frame);
    stop.begin = time.begin;
    stop.end = time.end;
    stop.flySeconds = flightSeconds(pacing, i);
    stop.waitSeconds = pacing.cardHold(i);
    stop.smooth = i > 0 && !storyFrameChanged(previous, frame);
    stops.push_back(stop);
    previous = frame;
  }
  return stops;
}

kmldom::GxTourPtr tourElement(const std::vector<TourStop>& stops, const TripClock& clock, const std::string& name) {
  kmldom::KmlFactory* factory = kmldom::KmlFactory::GetFactory();
  kmldom::GxPlaylistPtr playlist = factory->CreateGxPlaylist();
  for (const TourStop& stop : stops) {
    kmldom::LookAtPtr view = factory->CreateLookAt();
    view->set_longitude(stop.centre.lon);
    view->set_latitude(stop.centre.lat);
    view->set_range(stop.rangeM);
    view->set_tilt(0);
    view->set_heading(0);
    if (stop.begin == stop.end) {
      kmldom::GxTimeStampPtr when = factory->CreateGxTimeStamp();
      when->set_when(kmlDateTime(clock, stop.begin));
      view->set_gx_timeprimitive(when);
    } else {
      kmldom::GxTimeSpanPtr span = factory->CreateGxTimeSpan();
      span->set_begin(kmlDateTime(clock, stop.begin));
      span->set_end(kmlDateTime(clock, stop.end));
      view->set_gx_timeprimitive(span);
    }
    kmldom::GxFlyToPtr fly = factory->CreateGxFlyTo();
    fly->set_id(stop.id);
    fly->set_gx_duration(stop.flySeconds);
    fly->set_gx_flytomode(stop.smooth ? kmldom::GX_FLYTOMODE_SMOOTH : kmldom::GX_FLYTOMODE_BOUNCE);
    fly->set_abstractview(view);
    playlist->add_gx_tourprimitive(fly);
    kmldom::GxWaitPtr wait = factory->CreateGxWait();
    wait->set_gx_duration(stop.waitSeconds);
    playlist->add_gx_tourprimitive(wait);
  }
  kmldom::GxTourPtr tour = factory->CreateGxTour();
  tour->set_name(name);
  tour->set_gx_playlist(playlist);
  return tour;
}

std::string addTourToKml(std::string& kml, const kmldom::GxTourPtr& tour, const std::string& folderName) {
  std::string errors;
  kmldom::ElementPtr root = kmldom::Parse(kml, &errors);
  kmldom::KmlPtr top = kmldom::AsKml(root);
  if (!top) return "the KML GDAL wrote does not parse: " + errors;
  kmldom::DocumentPtr document = kmldom::AsDocument(top->get_feature());
  if (!document) return "the KML GDAL wrote has no Document";
  // GDAL reads a container holding anything but containers as a layer: beside the folders the
  // tour would add an empty layer, among the events it adds none.
  kmldom::ContainerPtr home = document;
  for (size_t i = 0; i < document->get_feature_array_size(); ++i) {
    kmldom::ContainerPtr folder = kmldom::AsContainer(document->get_feature_array_at(i));
    if (folder && folder->get_name() == folderName) home = folder;
  }
  home->add_feature(tour);
  kmlbase::Attributes xmlns;  // GDAL's document uses no gx: element, so it does not declare the prefix
  xmlns.SetString("gx", kGxNamespace);
  top->MergeXmlns(xmlns);
  kml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + kmldom::SerializePretty(top);
  return "";
}

}  // namespace itinera

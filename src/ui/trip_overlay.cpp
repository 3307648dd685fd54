// Drawing the trip over the basemap: markers as discs, the rest into an ImGui draw list.
#include "ui/trip_overlay.h"

#include <cfloat>
#include <cmath>
#include <string>

#include "core/layout/picking.h"
#include "core/time/trail_reach.h"
#include "render/line_width.h"
#include "ui/traveller_sign.h"
#include "ui/ui_palette.h"

namespace itinera {
namespace {

ImVec2 toImVec(ScreenPoint p) { return {float(p.x), float(p.y)}; }

Rgba rgbaOf(ImU32 c) {
  ImVec4 v = ImGui::ColorConvertU32ToFloat4(c);
  return {v.x, v.y, v.z, v.w};
}

}  // namespace

TripOverlay::TripOverlay(const Briefing& briefing, const Projection& projection, const UiFonts& fonts, float uiScale)
    : briefing_(briefing), projection_(projection), fonts_(fonts), scale_(uiScale) {
  const Trip& trip = briefing.trip();
  for (const Place& place : trip.places) {
    size_t events = eventCountAt(trip, place.id);
    auto location = placeMarkerLocation(trip, place.id);
    // The same rule as picking: areas without events of their own show by tint and outline only.
    if (!location || !hasMarker(trip, place.id)) continue;
    bool approximate = place.precision == LocationPrecision::Approximate;
    markers_.push_back({&place, projection.toMap(*location), events, approximate, place.uncertaintyM});
  }
  for (const Place& place : trip.places)
    projected_.try_emplace({place.location.lon, place.location.lat}, projection.toMap(place.location));
  for (const Leg& leg : trip.legs)
    for (const LonLat& p : leg.route) projected_.try_emplace({p.lon, p.lat}, projection.toMap(p));
}

MapPoint TripOverlay::toMap(LonLat p) const {
  auto found = projected_.find({p.lon, p.lat});
  return found != projected_.end() ? found->second : projection_.toMap(p);
}

bool TripOverlay::isCurrent(const Marker& m, const Timeline::State& state) const {
  for (const Event* e : state.active)
    if (e->place == m.place->id) return true;
  return false;
}

void TripOverlay::drawMarker(DiscLayer& discs, const Camera& camera, const Marker& m, bool current) const {
  ImVec2 c = toImVec(camera.toScreen(m.at));
  float r = float(markerRadiusPx(m.events, scale_));
  ImU32 ring = current ? palette::kHighlight : palette::kInk;
  if (m.approximate) {
    // Where the source is vague the map is too: a soft area and a dashed edge, no pin.
    float spread = std::max(r * 1.6f, float(m.uncertaintyM / camera.metresPerPixel));
    discs.add(c, {DiscLayer::disc(spread, palette::withAlpha(ring, 40)),
                  DiscLayer::ring(spread, crispWidth(1.6f * scale_), palette::withAlpha(ring, 200), 5 * scale_, 4 * scale_),
                  DiscLayer::disc(3 * scale_, palette::withAlpha(ring, 160))});
    return;
  }
  if (current) discs.add(c, {DiscLayer::disc(r + 7 * scale_, palette::withAlpha(palette::kHighlight, 70))});
  discs.add(c, {DiscLayer::disc(r + 1.5f * scale_, palette::kHalo), DiscLayer::disc(r, IM_COL32(255, 255, 255, 255)),
                DiscLayer::ring(r, crispWidth((current ? 3.2f : 2.2f) * scale_), ring),
                DiscLayer::disc(std::max(2.5f * scale_, r * 0.35f), ring)});
}

std::vector<OverlayLine> TripOverlay::routeLines(const Timeline::State& state) const {
  std::vector<OverlayLine> lines;
  auto add = [&](const std::vector<LonLat>& points, LineStyle style) {
    if (points.size() < 2) return;
    OverlayLine& line = lines.emplace_back();
    line.style = style;
    for (const LonLat& p : points) line.points.push_back(toMap(p));
  };
  std::vector<TravellerRoutes> routes = routesAround(briefing_.timeline(), state);
  for (size_t i = 0; i < routes.size(); ++i) {
    Rgba colour = rgbaOf(palette::traveller(i));
    // The route still to come thin, faint and dashed: "not yet"; the trail so far solid, haloed.
    // Widths are of the solid core; the line shader adds a pixel of fringe each side.
    Rgba faint = colour;
    faint.a = 110.f / 255;
    add(routes[i].ahead, {faint, 1.2f, 7, 6});
    add(routes[i].travelled, {colour, 2.2f, 0, 0, rgbaOf(palette::kHalo), 5.0f});
  }
  return lines;
}

void TripOverlay::drawTraveller(DiscLayer& discs, ImDrawList* list, const Camera& camera,
                                const Timeline::TravellerState& t, size_t index) const {
  if (t.status == Timeline::TravellerState::Status::Away) return;
  ImVec2 c = toImVec(travellerAt(camera, t, index));
  float s = scale_;
  ImU32 colour = palette::traveller(index);
  discs.add(c, {DiscLayer::disc(10 * s, palette::kHalo), DiscLayer::ring(10 * s, crispWidth(2.0f * s), colour)});
  // Inside the ring, so drawing every disc first changes nothing where travellers overlap.
  drawTravellerGlyph(list, c, s, index);
}

ScreenPoint TripOverlay::travellerAt(const Camera& camera, const Timeline::TravellerState& t, size_t index) const {
  // Travellers at the same place are fanned out so each stays visible.
  ScreenPoint p = camera.toScreen(toMap(t.position));
  return {p.x + double(index) * 13 * scale_, p.y};
}

void TripOverlay::drawPlaces(DiscLayer& discs, ImDrawList* list, const Camera& camera, const Timeline::State& state) const {
  const std::vector<Group>& all = groups(camera, state);
  for (const Group& g : all)
    if (!g.cluster() && !isCurrent(*g.members[0], state)) drawMarker(discs, camera, *g.members[0], false);
  for (const Group& g : all)
    if (g.cluster()) drawBadge(discs, list, g);
  for (const Group& g : all)
    if (!g.cluster() && isCurrent(*g.members[0], state)) drawMarker(discs, camera, *g.members[0], true);
}

const std::vector<TripOverlay::Group>& TripOverlay::groups(const Camera& camera, const Timeline::State& state) const {
  const Marker* current = currentMarker(state);
  if (groups_ && groups_->camera == camera && groups_->current == current) return groups_->groups;  // the same frame, or a still one
  std::vector<ClusterInput> inputs;
  std::optional<size_t> keep;
  for (const Marker& m : markers_) {
    if (&m == current) keep = inputs.size();
    inputs.push_back({camera.toScreen(m.at), markerRadiusPx(m.events, scale_)});
  }
  std::vector<Group> out;
  for (const MarkerCluster& c : clusterMarkers(inputs, 2 * scale_, keep)) {
    Group g{{}, c.at, clusterBadgeRadiusPx(c.members.size(), scale_)};
    for (size_t i : c.members) g.members.push_back(&markers_[i]);
    if (g.cluster() && keep)
      g.at = badgeClearOf(g.at, g.radiusPx, inputs[*keep].at, inputs[*keep].radiusPx + 7 * scale_, 2 * scale_);
    out.push_back(std::move(g));
  }
  groups_ = GroupsFor{camera, current, std::move(out)};
  return groups_->groups;
}

void TripOverlay::drawBadge(DiscLayer& discs, ImDrawList* list, const Group& g) const {
  ImVec2 c = toImVec(g.at);
  float r = float(g.radiusPx);
  discs.add(c, {DiscLayer::disc(r + 1.5f * scale_, palette::kHalo), DiscLayer::disc(r, palette::kInk),
                DiscLayer::ring(r - 2.5f * scale_, crispWidth(1.5f * scale_), IM_COL32(255, 255, 255, 255))});
  std::string count = std::to_string(g.members.size());
  ImFont* font = fonts_.bodyBold;
  ImVec2 size = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, count.c_str());
  list->AddText(font, font->FontSize, {c.x - size.x / 2, c.y - size.y / 2}, IM_COL32(255, 255, 255, 255), count.c_str());
}

std::vector<std::string> TripOverlay::clusterAt(const Camera& camera, const Timeline::State& state,
                                                ScreenPoint cursor) const {
  for (const Group& g : groups(camera, state))
    if (g.cluster() && std::hypot(cursor.x - g.at.x, cursor.y - g.at.y) <= g.radiusPx + 2 * scale_) {
      std::vector<std::string> ids;
      for (const Marker* m : g.members) ids.push_back(m->place->id);
      return ids;
    }
  return {};
}

std::vector<std::pair<ScreenPoint, size_t>> TripOverlay::clusterBadges(const Camera& camera,
                                                                        const Timeline::State& state) const {
  std::vector<std::pair<ScreenPoint, size_t>> out;
  for (const Group& g : groups(camera, state))
    if (g.cluster()) out.push_back({g.at, g.members.size()});
  return out;
}

void TripOverlay::drawTravellers(DiscLayer& discs, ImDrawList* list, const Camera& camera,
                                 const Timeline::State& state) const {
  for (size_t i = 0; i < state.travellers.size(); ++i) drawTraveller(discs, list, camera, state.travellers[i], i);
}

std::vector<ScreenRect> TripOverlay::obstacles(const Camera& camera, const Timeline::State& state) const {
  std::vector<ScreenRect> out;
  for (size_t i = 0; i < state.travellers.size(); ++i) {
    ScreenPoint c = travellerAt(camera, state.travellers[i], i);
    double r = 11 * scale_;
    out.push_back({c.x - r, c.y - r, c.x + r, c.y + r});
  }
  const Marker* current = currentMarker(state);
  for (const Group& g : groups(camera, state)) {
    const Marker& m = *g.members[0];
    // The current place's name may cover the lone markers that yield to it.
    if (!g.cluster() && yieldsToCurrent(camera, m, current)) continue;
    ScreenPoint c = g.cluster() ? g.at : camera.toScreen(m.at);
    double r = (g.cluster() ? g.radiusPx : markerRadiusPx(m.events, scale_)) + 2 * scale_;
    out.push_back({c.x - r, c.y - r, c.x + r, c.y + r});
  }
  return out;
}

const TripOverlay::Marker* TripOverlay::currentMarker(const Timeline::State& state) const {
  const Event* current = briefing_.timeline().eventAt(state.time);
  if (!current) return nullptr;
  for (const Marker& m : markers_)
    if (m.place->id == current->place) return &m;
  return nullptr;
}

bool TripOverlay::yieldsToCurrent(const Camera& camera, const Marker& m, const Marker* current) const {
  if (!current || &m == current) return false;
  ScreenPoint a = camera.toScreen(m.at), b = camera.toScreen(current->at);
  return std::hypot(a.x - b.x, a.y - b.y) < 40 * scale_;
}

std::vector<LabelCandidate> TripOverlay::labels(const Camera& camera, const Timeline::State& state) const {
  std::vector<LabelCandidate> out;
  const Marker* current = currentMarker(state);
  for (const Group& g : groups(camera, state)) {
    if (g.cluster()) continue;  // a cluster's badge gives its count; its places are listed on a click
    const Marker& m = *g.members[0];
    // Where markers crowd together (the city seen from afar) only the busiest is named, or
    // the current event's place, to which its neighbours yield.
    ScreenPoint at = camera.toScreen(m.at);
    bool crowded = yieldsToCurrent(camera, m, current);
    for (const Marker& other : markers_) {
      ScreenPoint o = camera.toScreen(other.at);
      bool busier = other.events > m.events || (other.events == m.events && &other < &m);
      if (&other != &m && busier && &m != current && std::hypot(o.x - at.x, o.y - at.y) < 40 * scale_) crowded = true;
    }
    if (crowded) continue;
    // The name without its parenthesised detail, which the details panel gives in full.
    std::string name = m.place->name.substr(0, m.place->name.find(" ("));
    LabelCandidate label{name, "trip", 0, m.at, markerRadiusPx(m.events, scale_) + 4 * scale_};
    label.always = &m == current;
    out.push_back(label);
  }
  return out;
}

std::string TripOverlay::tintedProvince(const Timeline::State& state, const std::string& selectedPlace) const {
  const Trip& trip = briefing_.trip();
  for (const Event* e : state.active) {
    const Place* p = trip.place(e->place);
    // An event located only to a region, or to an approximate site inside one, tints the region.
    while (p && p->precision == LocationPrecision::Approximate && !p->parent.empty()) p = trip.place(p->parent);
    if (p && p->isArea() && p->precision == LocationPrecision::Region) return p->id;
  }
  const Place* selected = trip.place(selectedPlace);
  return selected && selected->isArea() ? selectedPlace : "";
}

}  // namespace itinera

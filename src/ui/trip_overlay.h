// The trip on the map: place markers sized by what happened there, approximate places as
// halos, the travellers' trails and markers, and the place of the current event highlighted.
#pragma once

#include <imgui.h>

#include <map>
#include <vector>

#include "core/story/briefing.h"
#include "core/camera/camera.h"
#include "core/layout/label_layout.h"
#include "core/layout/marker_clusters.h"
#include "core/geo/projection.h"
#include "render/disc_layer.h"
#include "render/map_renderer.h"
#include "render/ui_context.h"

namespace itinera {

class TripOverlay {
 public:
  TripOverlay(const Briefing& briefing, const Projection& projection, const UiFonts& fonts, float uiScale);

  // The travellers' trails so far and routes to come, drawn with the basemap (under everything
  // ImGui draws), as far as `trailReach` says (`routesAround`).
  std::vector<OverlayLine> routeLines(const Timeline::State& state) const;
  // Place markers and cluster badges into `discs`, the badges' counts into `list` (drawn after
  // them); markers go under the map labels, travellers over them.
  void drawPlaces(DiscLayer& discs, ImDrawList* list, const Camera& camera, const Timeline::State& state) const;
  // Travellers: their discs into `discs`, their arrows into `list`.
  void drawTravellers(DiscLayer& discs, ImDrawList* list, const Camera& camera, const Timeline::State& state) const;
  // The markers' discs and the travellers, which map labels must keep clear of.
  std::vector<ScreenRect> obstacles(const Camera& camera, const Timeline::State& state) const;
  // The trip's place names, placed with the map's labels.
  // The current event's place is always named; markers crowding it yield.
  std::vector<LabelCandidate> labels(const Camera& camera, const Timeline::State& state) const;
  // The places of the cluster badge under `cursor` (markers crowded together on screen, shown
  // as one badge with their count); empty where there is none.
  std::vector<std::string> clusterAt(const Camera& camera, const Timeline::State& state, ScreenPoint cursor) const;
  // Each cluster's badge: where it is drawn and how many places it stands for.
  std::vector<std::pair<ScreenPoint, size_t>> clusterBadges(const Camera& camera, const Timeline::State& state) const;
  // The province to tint: the Darién when the current event is placed only in that region;
  // else `selectedPlace` if it is an area.
  std::string tintedProvince(const Timeline::State& state, const std::string& selectedPlace) const;

 private:
  struct Marker {
    const Place* place;
    MapPoint at;
    size_t events;
    bool approximate;
    double uncertaintyM;
  };
  // Markers crowding one spot are one group (clusterMarkers); the current place is alone.
  struct Group {
    std::vector<const Marker*> members;
    ScreenPoint at;   // a cluster's badge, clear of the current place's marker
    double radiusPx;  // a cluster's badge
    bool cluster() const { return members.size() > 1; }
  };
  // The groups for this camera and current place; a frame asks for them several times (to draw,
  // to keep labels clear, to label), and they are worked out once.
  const std::vector<Group>& groups(const Camera& camera, const Timeline::State& state) const;
  void drawBadge(DiscLayer& discs, ImDrawList* list, const Group& g) const;
  void drawMarker(DiscLayer& discs, const Camera& camera, const Marker& m, bool current) const;
  void drawTraveller(DiscLayer& discs, ImDrawList* list, const Camera& camera, const Timeline::TravellerState& t,
                     size_t index) const;
  bool isCurrent(const Marker& m, const Timeline::State& state) const;
  const Marker* currentMarker(const Timeline::State& state) const;  // the current event's place
  // Close enough on screen to the current place's marker to give way to its name.
  bool yieldsToCurrent(const Camera& camera, const Marker& m, const Marker* current) const;
  // A trail's point in map space: route points and places were projected once; only the
  // travellers' current positions, between them, are projected as they come.
  MapPoint toMap(LonLat p) const;
  ScreenPoint travellerAt(const Camera& camera, const Timeline::TravellerState& t, size_t index) const;

  const Briefing& briefing_;
  const Projection& projection_;
  const UiFonts& fonts_;
  float scale_;
  std::vector<Marker> markers_;  // projected once
  struct GroupsFor {
    Camera camera;
    const Marker* current;
    std::vector<Group> groups;
  };
  mutable std::optional<GroupsFor> groups_;
  std::map<std::pair<double, double>, MapPoint> projected_;  // every leg's route and place, by lon, lat
};

}  // namespace itinera

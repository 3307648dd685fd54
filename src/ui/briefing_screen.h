// Everything on screen for a trip: the map with the trip drawn on it, the caption, the side
// panels and the time slider, laid out for normal or presenter mode.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "core/frame/frame_params.h"
#include "core/layout/picking.h"
#include "core/story/briefing.h"
#include "core/story/story_legend.h"
#include "core/story/story_sequence.h"
#include "core/layout/screen_layout.h"
#include "render/backdrop.h"
#include "render/disc_layer.h"
#include "render/map_view.h"
#include "ui/side_panels.h"
#include "ui/timeline_bar.h"
#include "ui/trip_overlay.h"

namespace itinera {

class BriefingScreen {
 public:
  BriefingScreen(Briefing& briefing, MapView& map, const UiFonts& fonts, float uiScale);

  struct Result {
    bool seeked = false;  // the user moved the clock (slider, agenda, details)
    std::optional<std::string> selected;  // the user chose a place in the panels (or closed it: "")
    std::optional<TimelineBarResult> slider;  // where the slider was drawn, when it was
  };
  // Draws the frame `frame` describes into the current ImGui frame; everything it shows comes
  // from `frame` and the briefing's trip, except the slider, which shows the briefing's clock
  // (set it to frame.time). frame.uiScale is the scale this screen's fonts were made at.
  Result draw(const FrameParams& frame);
  // The layout with the side column open or folded as the user left it (`selectedPlace` opens it).
  ScreenLayout layout(Viewport window, bool presenter, const std::string& selectedPlace = "") const;
  bool panelsOpened(const std::string& selectedPlace) const;
  // Opens the side column a narrow window folds, as its tab does.
  void openPanels() { panels_.open(); }
  // A window this size folds the side column to a tab (unless opened).
  bool folds(Viewport window) const { return screenLayout(window, scale_, false, true, false).sideFolded; }
  // The side panels, for the keyboard's focus.
  SidePanels& panels() { return panels_; }
  const SidePanels& panels() const { return panels_; }
  // The story told as cards, for presenter mode (core/story/story_sequence.h).
  const StorySequence& sequence() const { return sequence_; }
  // The trip's legend; its rows size the corner the story keeps clear of.
  const Legend& legend() const { return legend_; }
  // Where the legend was last drawn; empty while hidden.
  ScreenRect legendRect() const { return legendRect_; }
  // The legend was last drawn as a one-line reminder, a small map having no room for it.
  bool legendReminder() const { return legendReminder_; }
  // The place under the cursor (markers first, then areas), or "".
  std::string pick(const Camera& camera, ScreenPoint cursor) const;
  // The places of the cluster badge under the cursor at the briefing's clock; empty if none.
  std::vector<std::string> clusterAt(const Camera& camera, ScreenPoint cursor) const;
  // Each cluster badge at the briefing's clock: its centre and how many places it counts.
  std::vector<std::pair<ScreenPoint, size_t>> clusterBadges(const Camera& camera) const;
  // Lists a cluster's places in a popup at `at` (a click on its badge); choosing one is
  // reported as Result::selected. Esc or a click elsewhere closes it.
  void openCluster(std::vector<std::string> places, ScreenPoint at);
  void closeCluster() { clusterPlaces_.clear(); }
  bool clusterOpen() const { return !clusterPlaces_.empty(); }
  const std::vector<std::string>& clusterPlaces() const { return clusterPlaces_; }

 private:
  // The place under the mouse: its name and how many events it saw.
  void drawHoverTip(const Camera& camera) const;
  // The background of a window drawn over the map (window_rect.h's nextWindowOnBackdrop).
  void fillWindow(const ScreenRect& r);
  void drawClusterPopup(Result& result);
  std::vector<std::string> clusterPlaces_;  // the open cluster popup's places
  ImVec2 clusterAt_{};
  bool clusterJustOpened_ = false;

  Briefing& briefing_;
  MapView& map_;
  const UiFonts& fonts_;
  float scale_;
  // Built from the trip's current version, and again when a new one is committed.
  void followVersion();
  uint64_t version_ = 0;
  std::optional<TripOverlay> overlay_;
  std::optional<PlacePicker> picker_;  // the trip's places in map space, for hovering and clicking
  SidePanels panels_;
  Backdrop backdrop_;
  DiscLayer discs_;  // the markers under the map labels, the travellers' rings over them
  TimelineBarMemory timelineBar_;  // the slider's track and event shapes, kept between frames
  // Presenter mode: the card, the progress bar; or nothing but black.
  void drawPresenter(const FrameParams& frame);
  // The caption, the legend, the side panels and the slider.
  Result drawWindows(const FrameParams& frame, const Timeline::State& state, const ScreenLayout& l,
                     ImVec2 captionTopRight, ImVec2 captionMax);
  const StoryCard& cardAt(int64_t t);
  struct CachedCard {
    int64_t time = 0;
    uint64_t version = 0;
    StoryCard card;
  };
  std::optional<CachedCard> card_;  // the caption's card at the last time drawn
  ScreenRect caption_{};  // where the caption window (or the presenter's card) was last drawn
  StorySequence sequence_;
  Legend legend_;
  std::string heading_;     // the trip's title and dates
  ScreenRect legendRect_{};
  bool legendReminder_ = false;
};

}  // namespace itinera

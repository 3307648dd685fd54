// One frame of the briefing: map layers, trip, labels, then the windows.
#include "ui/briefing_screen.h"

#include <algorithm>
#include <utility>

#include "core/layout/picking.h"
#include "ui/caption.h"
#include "ui/legend.h"
#include "ui/presenter_card.h"
#include "ui/timeline_bar.h"
#include "ui/ui_palette.h"

namespace itinera {
namespace {

ImVec2 pos(const Rect& r) { return {float(r.x), float(r.y)}; }
ImVec2 size(const Rect& r) { return {float(r.width), float(r.height)}; }

ScreenRect screenRect(const Rect& r) { return {r.x, r.y, r.x + r.width, r.y + r.height}; }

}  // namespace

BriefingScreen::BriefingScreen(Briefing& briefing, MapView& map, const UiFonts& fonts, float uiScale)
    : briefing_(briefing),
      map_(map),
      fonts_(fonts),
      scale_(uiScale),
      panels_(briefing) {
  followVersion();
}

void BriefingScreen::followVersion() {
  if (version_ == briefing_.snapshot()->version()) return;
  version_ = briefing_.snapshot()->version();
  const Trip& trip = briefing_.trip();
  panels_.followVersion(briefing_);
  overlay_.emplace(briefing_, map_.data().projection, fonts_, scale_);
  picker_.emplace(trip, map_.data().projection, scale_);
  sequence_ = buildSequence(trip, briefing_.timeline(), briefing_.clock(), briefing_.sourceDirs());
  legend_ = tripLegend(trip);
  heading_ = tripHeading(trip, briefing_.clock());
}

const StoryCard& BriefingScreen::cardAt(int64_t t) {
  // The card scans the trip's events; between changes of time or version, frames reuse it.
  if (!card_ || card_->time != t || card_->version != version_)
    card_ = CachedCard{t, version_, itinera::cardAt(briefing_.trip(), briefing_.timeline(), briefing_.zones(), t)};
  return card_->card;
}

void BriefingScreen::drawPresenter(const FrameParams& frame) {
  if (sequence_.empty()) return;
  size_t index = std::min(frame.card, sequence_.size() - 1);
  caption_ = drawPresenterCard(sequence_[index], fonts_, scale_, frame.camera.viewport);
  fillWindow(caption_);
  drawProgressBar(ImGui::GetBackgroundDrawList(), frame.camera.viewport, index, sequence_.size());
}

bool BriefingScreen::panelsOpened(const std::string& selectedPlace) const {
  return panels_.opened() || briefing_.trip().place(selectedPlace) != nullptr;
}

ScreenLayout BriefingScreen::layout(Viewport window, bool presenter, const std::string& selectedPlace) const {
  return screenLayout(window, scale_, presenter, true, panelsOpened(selectedPlace));
}

std::string BriefingScreen::pick(const Camera& camera, ScreenPoint cursor) const {
  auto id = picker_->pick(camera, cursor, defaultPickTolerancePx(scale_));
  return id.value_or("");
}

std::vector<std::string> BriefingScreen::clusterAt(const Camera& camera, ScreenPoint cursor) const {
  return overlay_->clusterAt(camera, briefing_.timeline().at(int64_t(briefing_.playback().time())), cursor);
}

std::vector<std::pair<ScreenPoint, size_t>> BriefingScreen::clusterBadges(const Camera& camera) const {
  return overlay_->clusterBadges(camera, briefing_.timeline().at(int64_t(briefing_.playback().time())));
}

void BriefingScreen::openCluster(std::vector<std::string> places, ScreenPoint at) {
  clusterPlaces_ = std::move(places);
  clusterAt_ = {float(at.x), float(at.y)};
  clusterJustOpened_ = true;
}

void BriefingScreen::drawClusterPopup(Result& result) {
  if (clusterPlaces_.empty()) return;
  if (std::exchange(clusterJustOpened_, false)) ImGui::OpenPopup("Places here");
  ImGui::SetNextWindowPos(clusterAt_, ImGuiCond_Appearing);
  if (!ImGui::BeginPopup("Places here")) {  // closed by a click elsewhere
    clusterPlaces_.clear();
    return;
  }
  ImGui::TextDisabled("%zu places here; choose one", clusterPlaces_.size());
  ImGui::Separator();
  for (const std::string& id : clusterPlaces_) {
    const Place* place = briefing_.trip().place(id);
    size_t events = eventCountAt(briefing_.trip(), id);
    std::string line = (place ? place->name : id) + "  (" + std::to_string(events) + (events == 1 ? " event)" : " events)");
    if (ImGui::Selectable(line.c_str())) {
      result.selected = id;
      clusterPlaces_.clear();
      ImGui::CloseCurrentPopup();
      break;
    }
  }
  ImGui::EndPopup();
}

void BriefingScreen::fillWindow(const ScreenRect& r) {
  backdrop_.add({float(r.x0), float(r.y0)}, {float(r.x1), float(r.y1)}, palette::kPanel);
}

void BriefingScreen::drawHoverTip(const Camera& camera) const {
  const ImGuiIO& io = ImGui::GetIO();
  if (io.WantCaptureMouse || !ImGui::IsMousePosValid()) return;
  if (auto places = clusterAt(camera, {io.MousePos.x, io.MousePos.y}); !places.empty()) {
    std::string names;
    for (const std::string& id : places)
      if (const Place* p = briefing_.trip().place(id)) names.append("\n").append(p->name, 0, p->name.find(" ("));
    ImGui::SetTooltip("%zu places here; click to choose one%s", places.size(), names.c_str());
    return;
  }
  std::string id = pick(camera, {io.MousePos.x, io.MousePos.y});
  const Place* place = briefing_.trip().place(id);
  if (!place) return;
  size_t events = eventCountAt(briefing_.trip(), id);
  ImGui::SetTooltip("%s\n%zu event%s here; click for the details", place->name.c_str(), events, events == 1 ? "" : "s");
}

BriefingScreen::Result BriefingScreen::draw(const FrameParams& frame) {
  followVersion();
  Result result;
  const Camera& camera = frame.camera;
  if (frame.presenter && frame.blank) {  // the clicker's B: nothing but black
    ImGui::GetBackgroundDrawList()->AddRectFilled({0, 0}, {float(camera.viewport.width), float(camera.viewport.height)},
                                                  IM_COL32(0, 0, 0, 255));
    return result;
  }
  const std::vector<Rect>& windowsOnMap = frame.windowsOnMap;
  bool withPanels = frame.ui, presenting = frame.presenter;
  Timeline::State state = briefing_.timeline().at(frame.time);
  ScreenLayout l = layout(camera.viewport, presenting, frame.selectedPlace);
  // Labels keep clear of the markers, and of the panels so none is cut at the map's edge.
  std::vector<ScreenRect> obstacles = overlay_->obstacles(camera, state);
  CaptionPlace place = captionPlace(l.mapArea, scale_, presenting, windowsOnMap);
  float captionWidth = float(place.maxWidth), captionRight = float(place.right);
  ImVec2 captionMax{captionWidth, float(place.maxHeight)};
  ImVec2 mapEnd{float(l.mapArea.x + l.mapArea.width), float(l.mapArea.y + l.mapArea.height)};
  if (withPanels) {
    obstacles.push_back(screenRect(l.slider));
    if (!presenting) obstacles.push_back(screenRect(l.side));
    // Where the caption was last drawn; before it first is, the band it may take.
    ScreenRect captionBand{captionRight - captionWidth, place.top, captionRight, place.top + 180.0 * scale_};
    obstacles.push_back(caption_.x1 > caption_.x0 ? caption_ : captionBand);
    if (frame.legend && !presenting && legendRect_.x1 > legendRect_.x0) obstacles.push_back(legendRect_);
  }
  for (const Rect& r : windowsOnMap) obstacles.push_back(screenRect(r));
  ImDrawList* list = ImGui::GetBackgroundDrawList();
  // Rings and dashes run at any angle: geometric anti-aliasing keeps them smooth where ImGui's
  // baked line texture, sampled nearest, would show steps.
  list->Flags &= ~ImDrawListFlags_AntiAliasedLinesUseTex;
  // With panels, the trip stays on the map: the panels' backdrops are filled before ImGui draws.
  if (withPanels) list->PushClipRect(pos(l.mapArea), mapEnd);
  list->ChannelsSplit(3);  // 0: markers, 1: labels and map furniture, 2: travellers
  list->ChannelsSetCurrent(1);
  map_.draw(camera, list, overlay_->tintedProvince(state, frame.selectedPlace), overlay_->labels(camera, state), obstacles,
            withPanels ? l.mapArea : Rect{}, overlay_->routeLines(state));
  list->ChannelsSetCurrent(0);
  discs_.clear();
  discs_.drawWhenRendered(list, camera.viewport.width, camera.viewport.height);
  overlay_->drawPlaces(discs_, list, camera, state);
  list->ChannelsSetCurrent(2);
  discs_.drawWhenRendered(list, camera.viewport.width, camera.viewport.height);
  overlay_->drawTravellers(discs_, list, camera, state);
  list->ChannelsMerge();
  if (!withPanels) return result;
  list->PopClipRect();
  // ImGui's own grey for secondary text is 2.7:1 on the panels; ours reaches 4.5:1.
  ImGui::PushStyleColor(ImGuiCol_TextDisabled, palette::kMutedText);
  backdrop_.clear();
  // The frame around the map and between the panels, where the map is not drawn.
  Rect window{0, 0, double(camera.viewport.width), double(camera.viewport.height)};
  for (const Rect& r : uncoveredParts(window, {l.mapArea, l.side, l.slider}))
    backdrop_.add(pos(r), {float(r.x + r.width), float(r.y + r.height)}, palette::kFrame);
  drawHoverTip(camera);
  legendRect_ = {};
  legendReminder_ = false;
  if (presenting) drawPresenter(frame);
  else result = drawWindows(frame, state, l, {captionRight, float(place.top)}, captionMax);
  drawClusterPopup(result);
  ImGui::PopStyleColor();
  // After the trip drawn on the map, so the windows over the map hide what lies under them.
  backdrop_.drawWhenRendered(list, camera.viewport.width, camera.viewport.height);
  return result;
}

BriefingScreen::Result BriefingScreen::drawWindows(const FrameParams& frame, const Timeline::State& state,
                                                   const ScreenLayout& l, ImVec2 captionTopRight, ImVec2 captionMax) {
  Result result;
  caption_ = drawCaption(cardAt(state.time), fonts_, scale_, captionTopRight, captionMax, false);
  fillWindow(caption_);
  // Bottom left of the map, above the scale bar.
  if (frame.legend) {
    bool full = frame.legendChosen || legendFits(l.mapArea.width, l.mapArea.height, scale_);
    legendReminder_ = !full;
    Rect corner = legendCorner(l.mapArea, scale_, full, legend_.rows());
    ImVec2 bottomLeft{float(corner.x), float(corner.y + corner.height)};
    legendRect_ = drawLegend(legend_, fonts_, scale_, bottomLeft, full);
    fillWindow(legendRect_);
  }
  ViewState view{frame.selectedPlace, false, false};
  if (l.sideFolded)
    panels_.drawFolded(briefing_, fonts_, scale_, pos(l.side), size(l.side), backdrop_);
  else
    result.seeked |= panels_.draw(briefing_, view, fonts_, scale_, pos(l.side), size(l.side), backdrop_,
                                  folds(frame.camera.viewport));
  if (view.selectedPlace != frame.selectedPlace) result.selected = view.selectedPlace;
  result.slider = drawTimelineBar(briefing_, fonts_, scale_, pos(l.slider), size(l.slider), backdrop_, timelineBar_,
                                  heading_);
  result.seeked |= result.slider->seeked;
  return result;
}

}  // namespace itinera

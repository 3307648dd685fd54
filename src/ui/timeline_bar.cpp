// The slider's drawing and interaction.
#include "ui/timeline_bar.h"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdint>
#include <cstdio>

#include "core/story/story_event.h"
#include "render/line_width.h"
#include "ui/time_text.h"
#include "ui/ui_palette.h"

namespace itinera {

bool stepToEvent(Briefing& b, bool forward) {
  int64_t now = b.playback().time();
  auto t = forward ? b.timeline().nextEventTime(now) : b.timeline().previousEventTime(now);
  if (!t) return false;
  b.playback().seek(double(*t));
  return true;
}

void toggleReferenceZone(Briefing& b) {
  b.setReferenceZone(b.referenceZone() == ReferenceZone::Home ? ReferenceZone::Local : ReferenceZone::Home);
}

bool referenceZoneToggle(Briefing& b) {
  if (!b.zones().several()) return false;
  ImGui::SameLine();
  bool local = b.referenceZone() == ReferenceZone::Local;
  bool switched = ImGui::Checkbox("Local days (T)", &local);
  if (switched) toggleReferenceZone(b);
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip("Days, clock and agenda in %s (%s), not %s", local ? "the local zone" : "the trip's zone",
                      b.referenceClock(int64_t(b.playback().time())).zoneName().c_str(),
                      local ? "the trip's zone" : "the local zone where the story is");
  return switched;
}

namespace {

struct Track {
  ImVec2 min, max;
  int64_t start, end;
  std::vector<Timeline::Day> days;  // computed once per frame
  float x(int64_t t) const { return min.x + (max.x - min.x) * float(double(t - start) / double(end - start)); }
  int64_t time(float px) const {
    double f = std::clamp(double(px - min.x) / double(max.x - min.x), 0.0, 1.0);
    return start + int64_t(std::llround(f * double(end - start)));
  }
};

bool jumpToDay(Briefing& b, const Timeline::Day& day) {
  // The first event of the day, or the day's start when it has none.
  auto next = b.timeline().nextEventTime(day.start - 1);
  b.playback().seek(double(next && *next < day.end ? *next : day.start));
  return true;
}

void drawDays(TrackShapes& shapes, const Track& tr, Briefing& b, const UiFonts& fonts, float s, bool& seeked,
              std::vector<std::pair<std::string, ImVec2>>& buttons) {
  float labelH = fonts.body->FontSize + 6 * s;
  int index = 0;
  for (const Timeline::Day& day : tr.days) {
    float x0 = tr.x(std::max(day.start, tr.start)), x1 = tr.x(std::min(day.end, tr.end));
    ImU32 band = palette::toU32(palette::kDayBandRgb[index++ % 2]);
    shapes.fill({x0, tr.min.y}, {x1, tr.max.y}, band);
    for (auto [n0, n1] : day.nights)
      shapes.fill({tr.x(std::max(n0, tr.start)), tr.min.y + labelH}, {tr.x(std::min(n1, tr.end)), tr.max.y},
                  palette::over(band, palette::toU32(palette::kNightShadeRgb), palette::kNightShadeAlpha));
    shapes.line({x0, tr.min.y}, {x0, tr.max.y}, IM_COL32(150, 150, 150, 255), crispWidth(1.0f * s));
    ImGui::PushFont(fonts.bodyBold);
    // A sliver of a day (the trip's first hour, still the day before in another zone) has no
    // room for its label, which would cover the next day's.
    float labelW = ImGui::CalcTextSize(day.label.c_str()).x + 2 * ImGui::GetStyle().FramePadding.x;
    if (x1 - x0 >= labelW + 4 * s) {
      ImGui::SetCursorScreenPos({x0 + 2 * s, tr.min.y + 2 * s});
      ImGui::PushID(index);
      if (ImGui::SmallButton(day.label.c_str())) seeked = jumpToDay(b, day);
      ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
      buttons.push_back({day.label, {(min.x + max.x) / 2, (min.y + max.y) / 2}});
      ImGui::PopID();
    }
    ImGui::PopFont();
  }
}

// The union of the uncertain ranges: many events share "some time that day", and one hatch
// per stretch reads better (and draws faster) than a pile of overlapping ones. Events whose hour
// is not known are left to their day bands, which say it better.
std::vector<std::pair<int64_t, int64_t>> uncertainStretches(const Timeline& timeline) {
  std::vector<std::pair<int64_t, int64_t>> spans, merged;
  for (const Timeline::Uncertain& u : timeline.uncertainSpans())
    if (u.event->time.precision != TimePrecision::Day) spans.push_back({u.earliest, u.latest});
  std::sort(spans.begin(), spans.end());
  for (auto span : spans) {
    if (!merged.empty() && span.first <= merged.back().second) merged.back().second = std::max(merged.back().second, span.second);
    else merged.push_back(span);
  }
  return merged;
}

// The daylight of a day, between its morning and evening nights; 06:00-18:00 without them.
std::pair<int64_t, int64_t> daylight(const Timeline::Day& day) {
  int64_t from = day.start + 6 * 3600, to = day.start + 18 * 3600;
  for (auto [n0, n1] : day.nights) {
    if (n0 <= day.start && n1 < day.end) from = n1;
    if (n1 >= day.end && n0 > day.start) to = n0;
  }
  return {from, std::max(from, to)};
}

// Events whose hour is not known, each as a band across the daylight of its day in its kind's
// colour, lighter than a tick and edged on top, stacked in the agenda's order.
std::vector<DayBand> layOutDayBands(const Track& tr, const Briefing& b, float top, float s) {
  std::vector<DayBand> bands;
  float y0 = top + 12 * s, y1 = tr.max.y - 2 * s;  // below the hour labels, to the bottom
  const std::vector<const Event*>& dayOnly = b.timeline().dayOnlyEvents();
  auto startsBefore = [](const Event* e, int64_t t) { return e->time.start.utc < t; };
  auto from = dayOnly.begin();
  for (const Timeline::Day& day : tr.days) {
    from = std::lower_bound(from, dayOnly.end(), day.start, startsBefore);
    auto to = std::lower_bound(from, dayOnly.end(), day.end, startsBefore);
    size_t count = size_t(to - from);
    if (count == 0) continue;
    float gap = 1 * s, lane = std::min(6 * s, std::max(1.f, (y1 - y0 - gap * float(count - 1)) / float(count)));
    auto [dawn, dusk] = daylight(day);
    for (size_t i = 0; i < count; ++i) {
      float y = y0 + float(i) * (lane + gap);
      bands.push_back({from[i], {tr.x(dawn), y}, {tr.x(dusk), y + lane}});
    }
    from = to;
  }
  return bands;
}

void drawDayBands(TrackShapes& shapes, const std::vector<DayBand>& bands, float s) {
  for (const DayBand& band : bands) {
    ImU32 colour = palette::eventKind(band.event->kind);
    shapes.fill(band.min, band.max, palette::withAlpha(colour, 110));
    float edge = crispWidth(1.0f * s);
    shapes.fill(band.min, {band.max.x, band.min.y + edge}, colour);
  }
}

// Uncertain times hatched; over them each event whose hour is known as a light block over its
// span, then a tick at each start, coloured by kind. Undated events are shown in the agenda; those
// known only by their day, as day bands.
void drawEvents(TrackShapes& shapes, const Track& tr, const Briefing& b, float top, float s) {
  for (auto [earliest, latest] : uncertainStretches(b.timeline()))
    shapes.hatch({tr.x(earliest), top}, {std::max(tr.x(latest), tr.x(earliest) + 2), tr.max.y},
                 IM_COL32(90, 100, 130, 70), 10 * s);
  const float tick = crispWidth(2.5f * s);
  for (bool ticks : {false, true})
    for (const Event* e : b.timeline().datedEvents()) {
      if (!hourKnown(e->time)) continue;
      ImU32 colour = palette::eventKind(e->kind);
      float x0 = tr.x(e->time.start.utc), x1 = std::max(tr.x(e->time.end.utc), x0 + 2 * s);
      if (ticks) shapes.fill({x0 - tick / 2, top + 4 * s}, {x0 + tick / 2, tr.max.y - 4 * s}, colour);
      else shapes.fill({x0, top + 10 * s}, {x1, tr.max.y - 10 * s}, palette::withAlpha(colour, 150));
    }
}

// Ticks every six hours of local time, labelled where six hours leave room for a label (not on
// a month-long trip), so the slider reads like a clock.
void drawHours(TrackShapes& shapes, ImDrawList* list, const Track& tr, const UiFonts& fonts, float top, float s) {
  const float labelSize = fonts.labelTown->FontSize * 0.85f;
  const float labelWidth = fonts.labelTown->CalcTextSizeA(labelSize, FLT_MAX, 0, "00").x;
  const bool labelled = tr.x(tr.start + 6 * 3600) - tr.min.x >= labelWidth + 6 * s;
  for (const Timeline::Day& day : tr.days)
    for (int hour = 6; hour < 24; hour += 6) {
      int64_t t = day.start + hour * 3600;
      if (t <= tr.start || t >= tr.end || t >= day.end) continue;
      float x = tr.x(t);
      shapes.line({x, top}, {x, top + 6 * s}, IM_COL32(120, 120, 120, 255), 1);
      if (!labelled) continue;
      char label[8];
      std::snprintf(label, sizeof label, "%02d", hour);
      list->AddText(fonts.labelTown, labelSize, {x + 2 * s, top}, ImColor(palette::kMutedText), label);
    }
}

void drawNow(ImDrawList* list, const Track& tr, int64_t now, float s) {
  float x = tr.x(now);
  list->AddLine({x, tr.min.y}, {x, tr.max.y}, palette::kHighlight, crispWidth(3 * s));
  list->AddTriangleFilled({x - 8 * s, tr.max.y + 1}, {x + 8 * s, tr.max.y + 1}, {x, tr.max.y - 10 * s}, palette::kHighlight);
}

void drawControls(Briefing& b, const UiFonts& fonts, float s, bool& seeked, TimelineBarResult& result) {
  Playback& p = b.playback();
  if (ImGui::Button("|<")) seeked |= stepToEvent(b, false);
  ImGui::SameLine();
  // One width for both labels, so the controls after it do not jump when it is pressed.
  float labelWidth = std::max(ImGui::CalcTextSize("Pause").x, ImGui::CalcTextSize("Play").x);
  ImVec2 button{labelWidth + 2 * ImGui::GetStyle().FramePadding.x + 12 * s, 0};
  if (ImGui::Button(p.playing() ? "Pause" : "Play", button)) p.setPlaying(!p.playing());
  result.playMin = ImGui::GetItemRectMin();
  result.playMax = ImGui::GetItemRectMax();
  ImGui::SameLine();
  if (ImGui::Button(">|")) seeked |= stepToEvent(b, true);
  ImGui::SameLine();
  char speed[32];
  double sp = p.speed();
  std::snprintf(speed, sizeof speed, sp < 3600 ? "%.0f min/s" : "%.0f h/s", sp < 3600 ? sp / 60 : sp / 3600);
  ImGui::SetNextItemWidth(120 * s);
  if (ImGui::BeginCombo("##speed", speed)) {
    for (size_t i = 0; i < Playback::speeds().size(); ++i) {
      double v = Playback::speeds()[i];
      std::snprintf(speed, sizeof speed, v < 3600 ? "%.0f min/s" : "%.0f h/s", v < 3600 ? v / 60 : v / 3600);
      if (ImGui::Selectable(speed, i == p.speedIndex())) p.setSpeedIndex(i);
    }
    ImGui::EndCombo();
  }
  ImGui::SameLine();
  bool loop = p.loop();
  if (ImGui::Checkbox("Loop", &loop)) p.setLoop(loop);
  ImGui::SameLine(0, 24 * s);
  ImGui::PushFont(fonts.caption);
  ImGui::TextUnformatted(localDateTime(b, p.time()).c_str());
  ImGui::PopFont();
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", utcHint(b, p.time()).c_str());
}

// The trip's title at the right end of the controls' row, where it fits.
void drawHeading(const std::string& heading, const UiFonts& fonts) {
  if (heading.empty()) return;
  ImGui::PushFont(fonts.bodyBold);
  float width = ImGui::CalcTextSize(heading.c_str()).x, right = ImGui::GetWindowContentRegionMax().x;
  ImGui::SameLine();
  float x = std::max(ImGui::GetCursorPosX() + 24 * fonts.body->FontSize / 18, right - width);
  if (x + width <= right + 0.5f) {
    ImGui::SetCursorPosX(x);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(heading.c_str());
  } else {
    ImGui::NewLine();
  }
  ImGui::PopFont();
}

// The shapes of the trip's events and their day bands, from memory while what they depend on stays.
const TimelineBarMemory::Events& eventShapes(TimelineBarMemory& memory, const Track& tr, const Briefing& b, float top,
                                             float s) {
  uint64_t version = b.snapshot()->version();
  auto& m = memory.events;
  if (m && m->version == version && m->min.x == tr.min.x && m->min.y == tr.min.y && m->max.x == tr.max.x &&
      m->max.y == tr.max.y && m->top == top && m->scale == s && m->days == tr.days)
    return *m;
  m = TimelineBarMemory::Events{version, tr.min, tr.max, top, s, tr.days, TrackShapes(tr.min, tr.max),
                                layOutDayBands(tr, b, top, s)};
  drawDayBands(m->shapes, m->bands, s);
  drawEvents(m->shapes, tr, b, top, s);
  return *m;
}

}  // namespace

std::string sliderTooltip(const Briefing& b, const TimelineBarResult& bar, float px, float s) {
  Track tr{bar.trackMin, bar.trackMax, b.timeline().start(), b.timeline().end(), {}};
  std::string out;
  int64_t t = tr.time(px), slack = tr.time(px + 3 * s) - t;
  for (const Event* e : b.trip().eventsInOrder()) {
    if (!hourKnown(e->time) || t < e->time.start.utc - slack || t > e->time.end.utc + slack) continue;
    out += e->title + " (" + eventTimeLabel(*e, b.clock()) + ")\n";
  }
  for (const DayBand& band : bar.dayBands)
    if (px >= band.min.x && px <= band.max.x)
      out += band.event->title + " (" + shortDay(b.clock().civil(band.event->time.start)) + ", during the day)\n";
  return out + utcHint(b, t);
}

TimelineBarResult drawTimelineBar(Briefing& b, const UiFonts& fonts, float s, ImVec2 pos, ImVec2 size,
                                  Backdrop& backdrop, TimelineBarMemory& memory, const std::string& heading) {
  TimelineBarResult result;
  ImGui::SetNextWindowPos(pos);
  ImGui::SetNextWindowSize(size);
  ImGui::Begin("Timeline", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                        ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBackground);
  backdrop.addCurrentWindow(palette::kPanel);
  drawControls(b, fonts, s, result.seeked, result);
  drawHeading(heading, fonts);
  ImVec2 min = ImGui::GetCursorScreenPos();
  ImVec2 max{min.x + ImGui::GetContentRegionAvail().x, min.y + ImGui::GetContentRegionAvail().y - 4 * s};
  // The days of the reference zone (the trip's, or where the story is now).
  Track tr{min, max, b.timeline().start(), b.timeline().end(),
           b.timeline().days(b.referenceClock(int64_t(b.playback().time())))};
  ImDrawList* list = ImGui::GetWindowDrawList();
  bool dayClicked = false;
  TrackShapes shapes(min, max);
  drawDays(shapes, tr, b, fonts, s, dayClicked, result.dayButtons);
  float eventsTop = min.y + fonts.body->FontSize + 8 * s;
  ImGui::SetCursorScreenPos({min.x, eventsTop});
  ImGui::InvisibleButton("##track", {max.x - min.x, std::max(1.f, max.y - eventsTop)});
  if (ImGui::IsItemActive()) {
    b.playback().seek(double(tr.time(ImGui::GetIO().MousePos.x)));
    result.seeked = true;
  }
  result.trackMin = {min.x, eventsTop};
  result.trackMax = max;
  const TimelineBarMemory::Events& events = eventShapes(memory, tr, b, eventsTop, s);
  result.dayBands = events.bands;
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", sliderTooltip(b, result, ImGui::GetIO().MousePos.x, s).c_str());
  shapes.append(events.shapes);
  drawHours(shapes, list, tr, fonts, eventsTop, s);
  backdrop.addPicture(shapes.topLeft(), memory.picture.paint(std::move(shapes)));
  drawNow(list, tr, b.playback().time(), s);
  ImGui::End();
  result.seeked |= dayClicked;
  return result;
}

}  // namespace itinera

// Where things go on screen: the map, the side column, the time slider and the caption,
// for a window size, a UI scale and a mode. Shared by the GUI and `locate`, so both agree.
#pragma once

#include <vector>

#include "core/camera/camera.h"

namespace itinera {

struct Rect {
  double x = 0, y = 0, width = 0, height = 0;
};

struct ScreenLayout {
  Rect side;     // place details and agenda (empty in presenter mode or without a trip)
  Rect slider;   // the time slider (empty without a trip)
  Rect mapArea;  // what the panels leave of the map: views are framed inside it
};

// In presenter mode the slider's place is a thin progress bar across the bottom of the screen.
ScreenLayout screenLayout(Viewport window, float uiScale, bool presenter, bool hasTrip);

// Presenter mode: the progress bar's height, and where an event's or a quote's card goes (the
// right of the screen; the story is framed to its left).
inline constexpr double kPresenterCardShare = 0.42;
double presenterBarHeight(Viewport window);
Rect presenterCardArea(Viewport window, float uiScale);

// The parts of `outer` that none of `covered` overlaps, as rectangles that do not overlap
// each other: the frame around the map and the panels.
std::vector<Rect> uncoveredParts(const Rect& outer, const std::vector<Rect>& covered);

// Where the caption goes: its top right corner and its greatest size. Centred when
// presenting; otherwise at the top right of the map, clear of the north arrow and of
// `windowsOnMap` (the view toolbar), or of where the toolbar usually is when none is given.
// In a narrow window, where beside the toolbar a caption would wrap every word or two, it
// goes below the toolbar instead, in a band of limited height that the story is framed below.
struct CaptionPlace {
  double right = 0, top = 0, maxWidth = 0;
  double maxHeight = 0;  // never over the slider
  bool belowToolbar = false;
};
CaptionPlace captionPlace(const Rect& mapArea, float uiScale, bool presenter, const std::vector<Rect>& windowsOnMap);

// What `area` leaves below `bandBottom` (a band at the top of the window, such as the view
// toolbar): a story framed there has no place under the band. A band reaching past the
// middle of the area is ignored, so the area never shrinks to nothing.
Rect areaBelow(const Rect& area, double bandBottom);

// The band the view toolbar takes at the top of the map: two rows of buttons in the body
// font (a 21 px line), with ImGui's default paddings, 10 px from the window's edge: 84 px at
// UI scale 1. Known before the toolbar is first drawn, so every frame is framed alike.
double toolbarBandHeight(float uiScale);
// The toolbar's distance from the window's top left corner: 10 px at UI scale 1.
double toolbarMargin(float uiScale);

// Where the story is framed: the map area less the toolbar's band (and, in a narrow window,
// the caption's band below it) when `toolbar`; the whole map area in presenter mode. The
// window and `render --ui` both frame the story here, so they agree.
Rect storyArea(Viewport window, float uiScale, bool presenter, bool hasTrip, bool toolbar);

// A camera over the whole window that frames `box` inside `area`.
Camera cameraFraming(const MapBox& box, Viewport window, const Rect& area, double margin = 0.04);

}  // namespace itinera

// Where things go on screen: the map, the side column, the time slider and the caption,
// for a window size, a UI scale and a mode. Shared by the GUI and `locate`, so both agree.
#pragma once

#include <cstddef>
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
  // A narrow window folds the side column into a tab (`side`) at the map's bottom right, over
  // the map, until the user opens it; the map then takes the whole width.
  bool sideFolded = false;
};

// In presenter mode the slider's place is a thin progress bar across the bottom of the screen.
// `panelsOpened`: the user opened the side panels (the agenda's tab, or a place's details),
// which a narrow window otherwise folds.
ScreenLayout screenLayout(Viewport window, float uiScale, bool presenter, bool hasTrip, bool panelsOpened = false);

// Whether a window this size folds the side column: beside it, the map would be too narrow
// for the caption to sit beside the toolbar.
bool foldsSidePanels(Viewport window, float uiScale);
// The folded agenda tab's height, and the caption's least width: narrower, a caption wraps
// every few words (about 40 characters of body text at UI scale 1).
double agendaTabHeight(float uiScale);
double minCaptionWidth(float uiScale);

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
// In a narrow map, where beside the toolbar a caption would be narrower than
// minCaptionWidth, it goes below the toolbar instead, in a band of limited height that the
// story is framed below. It never reaches down to the folded agenda's tab.
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
// The toolbar's usual width, which the caption keeps clear of: the toolbar keeps within it so
// the window and `render --ui` place the caption alike.
double toolbarUsualWidth(float uiScale);
// How many of the view buttons, `widths` wide in order with `spacing` between them, fit in a
// row `rowWidth` wide: all of them, or as many as leave room after them for the menu of the
// rest (`menuWidth`), at least one.
size_t viewButtonsThatFit(const std::vector<double>& widths, double spacing, double menuWidth, double rowWidth);

// Where the story is framed: the map area less the toolbar's band (and, in a narrow window,
// the caption's band below it) when `toolbar`; the whole map area in presenter mode. The
// window and `render --ui` both frame the story here, so they agree.
Rect storyArea(Viewport window, float uiScale, bool presenter, bool hasTrip, bool toolbar,
               bool panelsOpened = false);

// A camera over the whole window that frames `box` inside `area`, by default with a view's margin.
inline constexpr double kViewFrameMargin = 0.04;
Camera cameraFraming(const MapBox& box, Viewport window, const Rect& area, double margin = kViewFrameMargin);

// The rows of Panama's legend (its taller column), which the legend's corner is sized for.
inline constexpr size_t kLegendRows = 8;

// The panels over the map that a story framed in storyArea keeps clear of: the caption's
// usual band at the top right, the legend's corner at the bottom left (`legend`: shown; in
// full where the map has room or `legendChosen`, else as its one-line reminder) and the folded
// agenda's tab. Estimated, not measured, so the window's first frame and `render --follow --ui`
// frame alike. Empty in presenter mode.
std::vector<Rect> panelsOverStory(Viewport window, float uiScale, bool presenter, bool hasTrip, bool panelsOpened,
                                  bool legend = true, bool legendChosen = false, size_t legendRows = kLegendRows);
// The legend's corner of the map: at most this wide and tall, its bottom 56 px (at UI scale 1)
// above the map's bottom, clear of the scale bar. In full its height follows its rows, as
// `Legend::rows` counts them (Panama's legend has eight).
Rect legendCorner(const Rect& mapArea, float uiScale, bool full, size_t rows = kLegendRows);
// Whether the full legend leaves a map area this size clear enough; else it is a reminder.
bool legendFitsMap(double mapWidth, double mapHeight, float uiScale);

// Frames `box` in the part of `area` clear of `panels` that shows it largest: for each panel
// reaching into the area, the area above, below, left or right of it.
Camera cameraFramingClearOf(const MapBox& box, Viewport window, const Rect& area, const std::vector<Rect>& panels,
                            double margin);
Rect areaClearOf(const MapBox& box, const Rect& area, const std::vector<Rect>& panels, double margin);

}  // namespace itinera

// Layout: panels do not overlap the map area, and framing puts a box inside that area.
#include "core/layout/screen_layout.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

using namespace itinera;

TEST(ScreenLayout, PanelsLeaveTheMapAreaFree) {
  ScreenLayout l = screenLayout({1920, 1080}, 1, false, true);
  EXPECT_GT(l.side.width, 0);
  EXPECT_LE(l.mapArea.x + l.mapArea.width, l.side.x);
  EXPECT_LE(l.mapArea.y + l.mapArea.height, l.slider.y);
  ScreenLayout presenter = screenLayout({1920, 1080}, 1, true, true);
  EXPECT_EQ(presenter.side.width, 0);  // presenter mode hides the panels but the slider
  EXPECT_GT(presenter.slider.height, 0);
  ScreenLayout mapOnly = screenLayout({1920, 1080}, 1, false, false);
  EXPECT_EQ(mapOnly.mapArea.width, 1920);
  EXPECT_EQ(mapOnly.mapArea.height, 1080);
}

TEST(ScreenLayout, FramingCentresTheBoxInTheArea) {
  MapBox box;
  box.extend(MapPoint{0, 0});
  box.extend(MapPoint{10000, 5000});
  Rect area{0, 0, 1400, 900};
  Camera c = cameraFraming(box, {1920, 1080}, area);
  ScreenPoint centre = c.toScreen(box.center());
  EXPECT_NEAR(centre.x, 700, 1e-6);
  EXPECT_NEAR(centre.y, 450, 1e-6);
  for (MapPoint corner : {box.min, box.max}) {
    ScreenPoint s = c.toScreen(corner);
    EXPECT_GE(s.x, 0);
    EXPECT_LE(s.x, 1400);
    EXPECT_GE(s.y, 0);
    EXPECT_LE(s.y, 900);
  }
}

TEST(ScreenLayout, AStoryFramedBelowTheToolbarStaysClearOfIt) {
  ScreenLayout l = screenLayout({1920, 1080}, 1, false, true);
  const double toolbarBottom = 54;
  Rect area = areaBelow(l.mapArea, toolbarBottom);
  EXPECT_EQ(area.y, toolbarBottom);
  EXPECT_EQ(area.y + area.height, l.mapArea.y + l.mapArea.height);
  EXPECT_EQ(area.width, l.mapArea.width);
  // A wide box (a trip along the coast) framed in the whole map area reaches the top band;
  // framed below it, it does not.
  MapBox box;
  box.extend(MapPoint{0, 0});
  box.extend(MapPoint{100000, 72000});
  double topInMapArea = cameraFraming(box, {1920, 1080}, l.mapArea, 0.04).toScreen(box.max).y;
  EXPECT_LT(topInMapArea, toolbarBottom);
  EXPECT_GE(cameraFraming(box, {1920, 1080}, area, 0.04).toScreen(box.max).y, toolbarBottom);
  // A band past the middle of the area would leave too little: it is ignored.
  Rect tall = areaBelow(l.mapArea, l.mapArea.height * 0.6);
  EXPECT_EQ(tall.y, l.mapArea.y);
  EXPECT_EQ(tall.height, l.mapArea.height);
}

TEST(ScreenLayout, CaptionClearsTheToolbarAndTheNorthArrow) {
  // Beside the toolbar where there is room for a readable caption, else below it.
  // The 960 px window has its side panels opened, which leaves the map too narrow beside the toolbar.
  for (auto [window, beside] : {std::pair{Viewport{1920, 1080}, true}, {Viewport{1600, 900}, true},
                                {Viewport{1280, 720}, true}, {Viewport{960, 540}, false}}) {
    ScreenLayout l = screenLayout(window, 1, false, true, !beside);
    double mapRight = l.mapArea.x + l.mapArea.width;
    for (const std::vector<Rect>& toolbar : {std::vector<Rect>{}, {Rect{10, 10, 520, 74}}}) {
      CaptionPlace c = captionPlace(l.mapArea, 1, false, toolbar);
      double toolbarRight = toolbar.empty() ? 470 : toolbar[0].x + toolbar[0].width;
      if (beside) {
        EXPECT_GE(c.right - c.maxWidth, toolbarRight) << window.width;
        EXPECT_LT(c.top, 84) << window.width;
      } else {
        EXPECT_GE(c.top, 84) << window.width;  // the toolbar's bottom
        EXPECT_GE(c.right - c.maxWidth, l.mapArea.x) << window.width;
        EXPECT_LE(c.maxHeight, 160) << window.width;  // a band the story can be framed below
      }
      EXPECT_EQ(c.belowToolbar, !beside) << window.width;
      EXPECT_LE(c.right, mapRight - 60) << window.width;  // the north arrow's corner
      EXPECT_LE(c.maxWidth, l.mapArea.width * 0.55);
      EXPECT_GE(c.maxWidth, minCaptionWidth(1)) << window.width;
      EXPECT_LE(c.top + c.maxHeight, l.mapArea.y + l.mapArea.height - 10) << window.width;  // not over the slider
      EXPECT_GE(c.maxHeight, 150) << window.width;
    }
  }
  ScreenLayout presenting = screenLayout({1920, 1080}, 1, true, true);
  CaptionPlace c = captionPlace(presenting.mapArea, 1, true, {});
  EXPECT_NEAR(c.right - c.maxWidth / 2, presenting.mapArea.x + presenting.mapArea.width / 2, 1e-9);  // centred
}

TEST(ScreenLayout, UncoveredPartsFillTheFrameExactly) {
  for (bool presenter : {false, true}) {
    Viewport window{1600, 900};
    ScreenLayout l = screenLayout(window, 1.5f, presenter, true);
    Rect outer{0, 0, 1600, 900};
    std::vector<Rect> covered{l.mapArea, l.side, l.slider};
    std::vector<Rect> frame = uncoveredParts(outer, covered);
    EXPECT_EQ(frame.empty(), presenter);  // presenting, the map and the progress bar fill the screen
    // Every pixel centre is in exactly one of: a covering rectangle or a frame part.
    auto inside = [](const Rect& r, double x, double y) {
      return x >= r.x && x < r.x + r.width && y >= r.y && y < r.y + r.height;
    };
    for (double y = 0.5; y < 900; y += 7)
      for (double x = 0.5; x < 1600; x += 7) {
        int count = 0;
        for (const Rect& r : frame) count += inside(r, x, y);
        bool isCovered = false;
        for (const Rect& r : covered) isCovered |= inside(r, x, y);
        EXPECT_EQ(count, isCovered ? 0 : 1) << x << ", " << y << (presenter ? " presenting" : "");
      }
  }
}

// The story is framed below the toolbar's band, one estimate for the window and `render`.
TEST(StoryArea, IsTheMapAreaBelowTheToolbar) {
  for (float s : {1.f, 2.f}) {
    Viewport window{int(1600 * s), int(900 * s)};
    Rect map = screenLayout(window, s, false, true).mapArea;
    Rect story = storyArea(window, s, false, true, true);
    EXPECT_DOUBLE_EQ(story.y, toolbarBandHeight(s)) << s;
    EXPECT_DOUBLE_EQ(story.y + story.height, map.y + map.height) << s;
    EXPECT_DOUBLE_EQ(story.width, map.width) << s;
  }
  EXPECT_DOUBLE_EQ(toolbarBandHeight(1), 84);  // where the drawn toolbar ends
  Viewport window{1600, 900};
  Rect map = screenLayout(window, 1, false, true).mapArea;
  Rect bare = storyArea(window, 1, false, true, false);  // `render` without the UI has no toolbar
  EXPECT_DOUBLE_EQ(bare.y, map.y);
  EXPECT_DOUBLE_EQ(bare.height, map.height);
  Rect presenting = storyArea(window, 1, true, true, true);  // presenter mode hides the toolbar
  EXPECT_DOUBLE_EQ(presenting.y, screenLayout(window, 1, true, true).mapArea.y);
  // A narrow map (the side panels opened in a narrow window) puts the caption below the
  // toolbar: the story goes below both.
  Viewport narrow{900, 900};
  CaptionPlace caption = captionPlace(screenLayout(narrow, 1, false, true, true).mapArea, 1, false, {});
  ASSERT_TRUE(caption.belowToolbar);
  EXPECT_DOUBLE_EQ(storyArea(narrow, 1, false, true, true, true).y, caption.top + caption.maxHeight);
}

// The window sizes a briefing meets: the caption is never a narrow column, and nothing on the
// map overlaps: toolbar, caption, north arrow, side column (or its folded tab) and slider.
TEST(ScreenLayout, SmallWindowsFoldTheSidePanelsAndKeepTheCaptionReadable) {
  auto overlap = [](const Rect& a, const Rect& b) {
    return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  };
  for (float s : {1.f, 1.5f})
    for (auto [window, folds] : {std::pair{Viewport{1920, 1080}, false}, {Viewport{1280, 720}, true},
                                 {Viewport{1024, 768}, true}}) {
      window = {int(window.width * s), int(window.height * s)};
      EXPECT_EQ(foldsSidePanels(window, s), folds) << window.width;
      for (bool opened : {false, true}) {
        ScreenLayout l = screenLayout(window, s, false, true, opened);
        std::string what = std::to_string(window.width) + (opened ? " opened" : " folded");
        EXPECT_EQ(l.sideFolded, folds && !opened) << what;
        Rect toolbar{10 * s, 10 * s, 480 * s, toolbarBandHeight(s) - 10 * s};
        CaptionPlace c = captionPlace(l.mapArea, s, false, {});
        Rect caption{c.right - c.maxWidth, c.top, c.maxWidth, c.maxHeight};
        Rect northArrow{l.mapArea.x + l.mapArea.width - 62 * s, l.mapArea.y + 14 * s, 48 * s, 62 * s};
        EXPECT_GE(c.maxWidth, minCaptionWidth(s)) << what;
        EXPECT_GE(c.maxHeight, 150 * s) << what;
        std::vector<std::pair<const char*, Rect>> parts{
            {"toolbar", toolbar}, {"caption", caption}, {"north arrow", northArrow}, {"side", l.side}, {"slider", l.slider}};
        for (size_t i = 0; i < parts.size(); ++i)
          for (size_t j = i + 1; j < parts.size(); ++j)
            EXPECT_FALSE(overlap(parts[i].second, parts[j].second)) << what << ": " << parts[i].first << ", " << parts[j].first;
        // Everything but the side column lies on the map; the folded tab lies on it too.
        for (const Rect& r : {caption, toolbar})
          EXPECT_LE(r.x + r.width, l.mapArea.x + l.mapArea.width) << what;
        if (l.sideFolded) {
          EXPECT_EQ(l.mapArea.width, window.width) << what;
          EXPECT_LE(l.side.y + l.side.height, l.mapArea.y + l.mapArea.height) << what;
        } else {
          EXPECT_LE(l.mapArea.x + l.mapArea.width, l.side.x) << what;
        }
      }
    }
}

// Presenter mode: the map down to a thin progress bar, event cards at the right and the story
// framed to their left.
TEST(ScreenLayout, PresentingTheMapFillsTheScreenAboveAThinBar) {
  for (Viewport window : {Viewport{1920, 1080}, Viewport{1280, 720}}) {
    ScreenLayout l = screenLayout(window, 1, true, true);
    EXPECT_LE(l.slider.height, window.height / 100.0);
    EXPECT_GE(l.slider.height, 4);
    EXPECT_EQ(l.slider.y + l.slider.height, window.height);
    EXPECT_EQ(l.slider.width, window.width);
    EXPECT_EQ(l.mapArea.height, l.slider.y);
    EXPECT_EQ(l.mapArea.width, window.width);
    Rect card = presenterCardArea(window, 1), story = storyArea(window, 1, true, true, false);
    EXPECT_NEAR(card.x, window.width * (1 - kPresenterCardShare), 1e-9);
    EXPECT_LE(card.y + card.height, l.slider.y);
    EXPECT_EQ(story.x + story.width, card.x);
    EXPECT_EQ(story.height, l.mapArea.height);
  }
}

TEST(ScreenLayout, ViewButtonsBeyondTheToolbarsWidthGoIntoAMenu) {
  // Panama's four views fit.
  EXPECT_EQ(viewButtonsThatFit({90, 100, 140, 100}, 8, 110, 464), 4u);
  // Twenty-one do not: as many as leave room for the menu, which takes the rest.
  std::vector<double> many(21, 80);
  size_t fit = viewButtonsThatFit(many, 8, 110, 464);
  EXPECT_EQ(fit, 4u);  // 4 * 80 + 3 * 8 = 344, and 8 + 110 to 462; with a fifth, 550
  // A single view too wide for the row still shows as a button; so does the first of many.
  EXPECT_EQ(viewButtonsThatFit({600}, 8, 110, 464), 1u);
  EXPECT_EQ(viewButtonsThatFit({400, 400}, 8, 110, 464), 1u);
  EXPECT_EQ(viewButtonsThatFit({}, 8, 110, 464), 0u);
}

TEST(ScreenLayout, TheLegendsCornerGrowsWithItsRows) {
  Rect map = screenLayout({1920, 1080}, 1, false, true).mapArea;
  Rect panama = legendCorner(map, 1, true), ten = legendCorner(map, 1, true, kLegendRows + 8);
  EXPECT_EQ(panama.height, legendCorner(map, 1, true, 3).height);  // never smaller than Panama's
  EXPECT_EQ(ten.height - panama.height, 8 * 24);
  EXPECT_EQ(ten.y + ten.height, panama.y + panama.height);  // the same bottom, above the scale bar
  std::vector<Rect> panels = panelsOverStory({1920, 1080}, 1, false, true, false, true, false, kLegendRows + 8);
  ASSERT_EQ(panels.size(), 2u);  // the caption's band and the legend's corner
  EXPECT_EQ(panels[1].height, ten.height);
}

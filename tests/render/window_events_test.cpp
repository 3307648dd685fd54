// Input goes to the window it was sent to; application-wide events go to every window.
#include <gtest/gtest.h>

#include "render/window_events.h"

using namespace itinera;

TEST(WindowEvents, InputCarriesItsWindowAndGoesOnlyThere) {
  SDL_Event key{};
  key.type = SDL_KEYDOWN;
  key.key.windowID = 2;
  EXPECT_EQ(eventWindowId(key), 2u);
  EXPECT_TRUE(eventIsFor(key, 2));
  EXPECT_FALSE(eventIsFor(key, 1));

  SDL_Event click{};
  click.type = SDL_MOUSEBUTTONDOWN;
  click.button.windowID = 1;
  EXPECT_TRUE(eventIsFor(click, 1));
  EXPECT_FALSE(eventIsFor(click, 2));

  SDL_Event resized{};
  resized.type = SDL_WINDOWEVENT;
  resized.window.windowID = 3;
  EXPECT_FALSE(eventIsFor(resized, 1));

  SDL_Event quit{};
  quit.type = SDL_QUIT;
  EXPECT_FALSE(eventWindowId(quit));
  EXPECT_TRUE(eventIsFor(quit, 1));
  EXPECT_TRUE(eventIsFor(quit, 2));
}

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

// The key that opened a window, pressed there within a second and before its release, is the
// same keystroke reaching the window; its release ends that, as does a second's wait.
TEST(WindowEvents, TheKeyThatOpenedAWindowEchoesThereOnlyOnce) {
  auto key = [](Uint32 type, SDL_Keycode sym, Uint32 at) {
    SDL_Event e{};
    e.type = type;
    e.key.timestamp = at;
    e.key.keysym.sym = sym;
    return e;
  };
  KeystrokeEcho echo;
  EXPECT_FALSE(echo.isEcho(key(SDL_KEYDOWN, SDLK_p, 100)));  // nothing expected
  echo.expect(SDLK_p, 1000);
  EXPECT_FALSE(echo.isEcho(key(SDL_KEYDOWN, SDLK_n, 1100)));  // another key
  EXPECT_TRUE(echo.isEcho(key(SDL_KEYDOWN, SDLK_p, 1200)));
  EXPECT_FALSE(echo.isEcho(key(SDL_KEYUP, SDLK_p, 1210)));
  EXPECT_FALSE(echo.isEcho(key(SDL_KEYDOWN, SDLK_p, 1400)));  // after its release: the user's
  echo.expect(SDLK_p, 5000);
  EXPECT_FALSE(echo.isEcho(key(SDL_KEYDOWN, SDLK_p, 6000)));  // a second later: the user's
  EXPECT_FALSE(echo.isEcho(key(SDL_KEYDOWN, SDLK_p, 6001)));
}

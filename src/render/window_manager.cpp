#include "render/window_manager.h"

// Last: the X11 headers define macros (None, Bool) that other headers do not expect.
#include <SDL_syswm.h>
#if defined(SDL_VIDEO_DRIVER_X11)
#include <X11/Xatom.h>
#endif

namespace itinera {

bool windowManagerRuns(SDL_Window* window) {
#if defined(SDL_VIDEO_DRIVER_X11)
  SDL_SysWMinfo info;
  SDL_VERSION(&info.version);
  if (!SDL_GetWindowWMInfo(window, &info) || info.subsystem != SDL_SYSWM_X11) return true;
  // A window manager that follows the EWMH convention, as they all do, names its own window on
  // the root window.
  Display* display = info.info.x11.display;
  Atom check = XInternAtom(display, "_NET_SUPPORTING_WM_CHECK", True);
  if (check == None) return false;
  Atom type = None;
  int format = 0;
  unsigned long count = 0, remaining = 0;
  unsigned char* data = nullptr;
  int status = XGetWindowProperty(display, DefaultRootWindow(display), check, 0, 1, False, XA_WINDOW, &type,
                                  &format, &count, &remaining, &data);
  if (data) XFree(data);
  return status == Success && count == 1;
#else
  (void)window;
  return true;
#endif
}

}  // namespace itinera

// Fonts compiled into the binary, so the app needs no font files at run time.
#pragma once

#include <cstddef>

namespace itinera::fonts {

struct FontData {
  const unsigned char* data;
  size_t size;
};

FontData sans();
FontData sansBold();
FontData sansOblique();

}  // namespace itinera::fonts

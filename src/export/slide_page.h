// One slide drawn with Cairo: the map as an image on the left, the card's text as real text
// on the right (heading, clock, the card's lines, its source line). Every text comes from the
// presenter sequence's card; nothing is composed here.
#pragma once

#include <cairo.h>

#include <cstdint>
#include <string>
#include <vector>

#include "core/story/story_sequence.h"

namespace itinera {

// RGBA pixels, top row first, rows width*4 bytes apart.
struct SlideImage {
  int width = 0, height = 0;
  const uint8_t* rgba = nullptr;
};

// The map's share of a slide `width` wide: the map image must be this wide and the slide's height.
int slideMapWidth(int width);

// Draws the slide for `card` on `cr`, a surface of width x height units, with `map` at the left.
void drawSlide(cairo_t* cr, int width, int height, const SequenceCard& card, const SlideImage& map);

// The text a slide shows, in order: the heading, a quote's clock, the card's other lines, an
// event's source line.
std::vector<std::string> slideTexts(const SequenceCard& card);

}  // namespace itinera

#include "ui/traveller_sign.h"

#include "ui/ui_palette.h"

namespace itinera {

TravellerGlyph travellerGlyph(size_t index) {
  return TravellerGlyph((index / palette::travellerColours().size()) % 4);
}

void drawTravellerGlyph(ImDrawList* list, ImVec2 c, float s, size_t index) {
  ImU32 colour = palette::traveller(index);
  switch (travellerGlyph(index)) {  // each within 8.6 * s of the centre, inside the ring
    case TravellerGlyph::Triangle:
      list->AddTriangleFilled({c.x, c.y - 8 * s}, {c.x - 7 * s, c.y + 5 * s}, {c.x + 7 * s, c.y + 5 * s}, colour);
      break;
    case TravellerGlyph::Square:
      list->AddRectFilled({c.x - 5.5f * s, c.y - 5.5f * s}, {c.x + 5.5f * s, c.y + 5.5f * s}, colour);
      break;
    case TravellerGlyph::Diamond:
      list->AddQuadFilled({c.x, c.y - 7.5f * s}, {c.x + 7.5f * s, c.y}, {c.x, c.y + 7.5f * s}, {c.x - 7.5f * s, c.y}, colour);
      break;
    case TravellerGlyph::DownTriangle:
      list->AddTriangleFilled({c.x - 7 * s, c.y - 5 * s}, {c.x + 7 * s, c.y - 5 * s}, {c.x, c.y + 8 * s}, colour);
      break;
  }
}

}  // namespace itinera

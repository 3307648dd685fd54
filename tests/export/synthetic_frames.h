// Synthetic RGBA frames for export tests: coloured bars that move, over a grey gradient.
#pragma once

#include <cstdint>
#include <vector>

namespace itinera::testing {

// Frame `index` of width x height: eight colour bars in the top half, shifted 8 pixels per frame,
// and a horizontal grey ramp in the bottom half. Opaque, packed rows (stride width*4).
std::vector<uint8_t> colourBarsFrame(int width, int height, int index);
// Pseudo-random pixels: incompressible, to fill a disk quickly.
std::vector<uint8_t> noiseFrame(int width, int height, int index);
// Peak signal-to-noise ratio in dB over the R, G and B of two packed RGBA (or RGB) images.
double psnrRgb(const std::vector<uint8_t>& a, int aChannels, const std::vector<uint8_t>& b, int bChannels,
               int width, int height);

}  // namespace itinera::testing

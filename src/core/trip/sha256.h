// SHA-256 (FIPS 180-4) of a byte string, as lowercase hex; used to check cited source files.
#pragma once

#include <string>
#include <string_view>

namespace itinera {

std::string sha256Hex(std::string_view bytes);

}  // namespace itinera

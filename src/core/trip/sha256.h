// SHA-256 (FIPS 180-4, computed by OpenSSL) of a byte string, as lowercase hex; checks cited source files.
#pragma once

#include <string>
#include <string_view>

namespace itinera {

std::string sha256Hex(std::string_view bytes);

}  // namespace itinera

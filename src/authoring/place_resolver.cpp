// Place resolution: coordinates, then airport codes, then names of places, then of countries and
// divisions, narrowed by country and --near.
#include "authoring/place_resolver.h"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace itinera {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

bool isCode(std::string_view s) {
  if (s.size() != 3 && s.size() != 4) return false;
  return std::all_of(s.begin(), s.end(), [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); });
}

std::string withThousands(long n) {
  std::string digits = std::to_string(n), out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

// "San José (Costa Rica, division 08, population 335,007)", "Darién (Panama, province)"
std::string describe(const Gazetteer& g, const GazetteerEntry& e) {
  if (e.kind == GazetteerEntry::Kind::Region)
    return e.regionType == "country" ? e.name + " (country)" : e.name + " (" + g.countryName(e.country) + ", " + e.regionType + ")";
  std::string out = e.name + " (" + g.countryName(e.country);
  if (e.kind == GazetteerEntry::Kind::Airport) return out + ", airport " + (e.iata.empty() ? e.icao : e.iata) + ")";
  if (!e.admin.empty()) out += ", division " + e.admin;
  if (e.capital) out += ", capital";
  return out + ", population " + withThousands(e.population) + ")";
}

ResolvedPlace fromEntry(const Gazetteer& g, const GazetteerEntry& e, const std::string& how) {
  if (e.kind == GazetteerEntry::Kind::Region)
    return {e.name, {e.lat, e.lon}, e.regionType, "region", e.country,
            "A point inside the Natural Earth " + e.regionType + " " + describe(g, e) + " in the offline gazetteer, " + how + "."};
  bool airport = e.kind == GazetteerEntry::Kind::Airport;
  std::string what = airport ? "OurAirports airport " : "GeoNames populated place ";
  return {e.name, {e.lat, e.lon}, airport ? "airport" : "city", airport ? "exact" : "city", e.country,
          "Coordinates of the " + what + describe(g, e) + " in the offline gazetteer, " + how + "."};
}

std::string candidateList(const Gazetteer& g, std::vector<const GazetteerEntry*> found) {
  std::stable_sort(found.begin(), found.end(), [](auto* a, auto* b) { return a->population > b->population; });
  std::string out;
  size_t shown = std::min<size_t>(found.size(), 8);
  for (size_t i = 0; i < shown; ++i) out += (i ? "; " : "") + describe(g, *found[i]);
  if (found.size() > shown) out += "; and " + std::to_string(found.size() - shown) + " more";
  return out;
}

// Of several places of one name in one country, the one that clearly stands out: the capital,
// or one with five times the population of any other.
const GazetteerEntry* standsOut(const std::vector<const GazetteerEntry*>& found) {
  std::vector<const GazetteerEntry*> sorted = found;
  std::sort(sorted.begin(), sorted.end(), [](auto* a, auto* b) { return a->population > b->population; });
  for (auto* e : found)
    if (e->capital) return e;
  return sorted[0]->population >= 5 * std::max(1L, sorted[1]->population) ? sorted[0] : nullptr;
}

// Places (cities and airports) first: a country or division only when no place has the name.
Result<ResolvedPlace> byName(const Gazetteer& g, std::string_view name, const PlaceHint& hint) {
  std::vector<const GazetteerEntry*> found = g.byName(name);
  if (found.empty()) found = g.regionsByName(name);
  std::string quoted = "'" + std::string(name) + "'";
  if (found.empty()) return Error{"no place named " + quoted + " in the gazetteer: check the spelling, or give lat and lon"};
  if (!hint.country.empty()) {
    std::vector<const GazetteerEntry*> inCountry;
    for (auto* e : found)
      if (e->country == hint.country) inCountry.push_back(e);
    if (inCountry.empty())
      return Error{"no place named " + quoted + " in " + g.countryName(hint.country) + "; the gazetteer has " +
                   candidateList(g, found)};
    found = std::move(inCountry);
  }
  std::string in = hint.country.empty() ? "" : " in " + g.countryName(hint.country);
  if (found.size() == 1) return fromEntry(g, *found[0], "the only place of that name" + in);
  if (hint.near) {
    auto nearest = std::min_element(found.begin(), found.end(), [&](auto* a, auto* b) {
      return distanceKm({a->lat, a->lon}, *hint.near) < distanceKm({b->lat, b->lon}, *hint.near);
    });
    return fromEntry(g, **nearest,
                     "the nearest to " + hint.nearLabel + " (--near) of " + std::to_string(found.size()) + " of that name" + in);
  }
  if (!hint.country.empty())
    if (const GazetteerEntry* e = standsOut(found))
      return fromEntry(g, *e, std::string(e->capital ? "the capital" : "by far the most populous") + " of " +
                                  std::to_string(found.size()) + " of that name" + in);
  return Error{quoted + " is ambiguous: " + std::to_string(found.size()) + " places" + in + ": " + candidateList(g, found) +
               " (add a country column, or --near)"};
}

}  // namespace

std::optional<LatLon> parseLatLon(std::string_view text) {
  size_t comma = text.find(',');
  if (comma == std::string_view::npos) return std::nullopt;
  std::string_view a = trim(text.substr(0, comma)), b = trim(text.substr(comma + 1));
  LatLon p;
  auto read = [](std::string_view s, double& v) {
    auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    return !s.empty() && ec == std::errc() && ptr == s.data() + s.size();
  };
  if (!read(a, p.lat) || !read(b, p.lon)) return std::nullopt;
  if (std::fabs(p.lat) > 90 || std::fabs(p.lon) > 180) return std::nullopt;
  return p;
}

double distanceKm(LatLon a, LatLon b) {
  constexpr double kRad = M_PI / 180, kEarthKm = 6371.0088;
  double dLat = (b.lat - a.lat) * kRad, dLon = (b.lon - a.lon) * kRad;
  double h = std::sin(dLat / 2) * std::sin(dLat / 2) +
             std::cos(a.lat * kRad) * std::cos(b.lat * kRad) * std::sin(dLon / 2) * std::sin(dLon / 2);
  return 2 * kEarthKm * std::asin(std::min(1.0, std::sqrt(h)));
}

Result<ResolvedPlace> resolvePlace(const Gazetteer& gazetteer, std::string_view text, const PlaceHint& hint) {
  text = trim(text);
  if (text.empty()) return Error{"no place given"};
  if (auto p = parseLatLon(text)) return ResolvedPlace{std::string(text), *p, "place", "exact", "", ""};
  if (isCode(text)) {
    if (const GazetteerEntry* a = gazetteer.airportByCode(text))
      return fromEntry(gazetteer, *a, std::string(text.size() == 3 ? "IATA" : "ICAO") + " code " + std::string(text));
  }
  PlaceHint narrowed = hint;
  size_t comma = text.rfind(',');
  if (comma != std::string_view::npos && hint.country.empty()) {  // "San José, Costa Rica"
    if (const std::string* code = gazetteer.countryCode(trim(text.substr(comma + 1)))) {
      narrowed.country = *code;
      text = trim(text.substr(0, comma));
    }
  }
  return byName(gazetteer, text, narrowed);
}

std::vector<PlaceCandidate> searchPlaces(const Gazetteer& gazetteer, std::string_view text, size_t limit) {
  text = trim(text);
  std::vector<PlaceCandidate> out;
  if (text.empty() || limit == 0) return out;
  if (auto p = parseLatLon(text)) return {{std::string(text) + " (coordinates)", {std::string(text), *p, "place", "exact", "", ""}}};
  const GazetteerEntry* byCode = isCode(text) ? gazetteer.airportByCode(text) : nullptr;
  if (byCode)
    out.push_back({describe(gazetteer, *byCode),
                   fromEntry(gazetteer, *byCode, std::string(text.size() == 3 ? "IATA" : "ICAO") + " code " + std::string(text))});
  std::string country;
  size_t comma = text.rfind(',');
  if (comma != std::string_view::npos)  // "San José, Costa Rica"
    if (const std::string* code = gazetteer.countryCode(trim(text.substr(comma + 1)))) {
      country = *code;
      text = trim(text.substr(0, comma));
    }
  auto inCountry = [&](std::vector<const GazetteerEntry*> found) {
    std::erase_if(found, [&](auto* e) { return !country.empty() && e->country != country; });
    return found;
  };
  std::vector<const GazetteerEntry*> places = inCountry(gazetteer.byName(text)), regions = inCountry(gazetteer.regionsByName(text));
  std::stable_sort(places.begin(), places.end(), [](auto* a, auto* b) { return a->population > b->population; });
  size_t all = places.size() + regions.size();
  std::string in = country.empty() ? "" : " in " + gazetteer.countryName(country);
  std::string how = all == 1 ? "the only place of that name" + in
                             : "chosen by hand from " + std::to_string(all) + " places of that name" + in;
  for (const auto* list : {&places, &regions})
    for (const GazetteerEntry* e : *list)
      if (out.size() < limit && e != byCode)
        out.push_back({describe(gazetteer, *e), fromEntry(gazetteer, *e, how)});
  return out;
}

}  // namespace itinera

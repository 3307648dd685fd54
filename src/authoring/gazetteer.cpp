// Reading the gazetteer file and its three indexes: folded names, airport codes, countries.
#include "authoring/gazetteer.h"

#include <cpl_vsi.h>

#include <algorithm>
#include <charconv>
#include <memory>

#include "authoring/text_fold.h"

namespace itinera {
namespace {

std::vector<std::string_view> splitTabs(std::string_view line) {
  std::vector<std::string_view> out;
  size_t from = 0;
  while (true) {
    size_t tab = line.find('\t', from);
    out.push_back(line.substr(from, tab == std::string_view::npos ? std::string_view::npos : tab - from));
    if (tab == std::string_view::npos) return out;
    from = tab + 1;
  }
}

bool toDouble(std::string_view s, double& out) {
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && p == s.data() + s.size();
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = (c >= 'A' && c <= 'Z') ? c + 32 : c;
  return out;
}

}  // namespace

Result<Gazetteer> Gazetteer::load(const std::string& path) {
  std::string vsiPath = "/vsigzip/" + path;
  std::unique_ptr<VSILFILE, int (*)(VSILFILE*)> file(VSIFOpenL(vsiPath.c_str(), "rb"), VSIFCloseL);
  if (!file) return Error{path + ": cannot read the gazetteer"};
  std::string text;
  char buffer[1 << 16];
  size_t n;
  while ((n = VSIFReadL(buffer, 1, sizeof buffer, file.get())) > 0) text.append(buffer, n);
  if (text.empty()) return Error{path + ": the gazetteer is empty or not gzip-compressed"};
  return fromText(text, path);
}

Result<Gazetteer> Gazetteer::fromText(std::string_view text, const std::string& nameForMessages) {
  Gazetteer g;
  size_t pos = 0;
  int lineNumber = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    std::string_view line = text.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    pos = nl == std::string_view::npos ? text.size() : nl + 1;
    ++lineNumber;
    if (line.empty() || line[0] == '#') continue;
    auto f = splitTabs(line);
    std::string where = nameForMessages + ":" + std::to_string(lineNumber) + ": ";
    if (f[0] == "N" && f.size() == 3) {
      g.countryNames_[std::string(f[1])] = std::string(f[2]);
      g.countryByKey_[lower(f[1])] = std::string(f[1]);
      g.countryByKey_[foldName(f[2])] = std::string(f[1]);
      continue;
    }
    GazetteerEntry e;
    bool ok = false;
    if (f[0] == "A" && f.size() == 8) {
      e.kind = GazetteerEntry::Kind::Airport;
      e.name = f[3];
      e.country = f[4];
      e.iata = f[1];
      e.icao = f[2];
      ok = toDouble(f[5], e.lat) && toDouble(f[6], e.lon);
    } else if (f[0] == "C" && f.size() == 8) {
      e.name = f[1];
      e.country = f[2];
      e.admin = f[3];
      double population = 0;
      ok = toDouble(f[4], population) && toDouble(f[5], e.lat) && toDouble(f[6], e.lon);
      e.population = static_cast<long>(population);
      e.capital = f[7] == "PPLC";
    }
    if (!ok) return Error{where + "expected a country (N), airport (A) or city (C) record"};
    size_t index = g.entries_.size();
    g.byName_.emplace(foldName(e.name), index);
    if (!e.iata.empty()) g.byCode_[e.iata] = index;
    if (!e.icao.empty()) g.byCode_[e.icao] = index;
    g.entries_.push_back(std::move(e));
  }
  return g;
}

std::vector<const GazetteerEntry*> Gazetteer::byName(std::string_view name) const {
  std::vector<size_t> found;
  auto range = byName_.equal_range(foldName(name));
  for (auto it = range.first; it != range.second; ++it) found.push_back(it->second);
  std::sort(found.begin(), found.end());
  std::vector<const GazetteerEntry*> out;
  for (size_t i : found) out.push_back(&entries_[i]);
  return out;
}

const GazetteerEntry* Gazetteer::airportByCode(std::string_view code) const {
  auto it = byCode_.find(std::string(code));
  return it == byCode_.end() ? nullptr : &entries_[it->second];
}

const std::string* Gazetteer::countryCode(std::string_view codeOrName) const {
  std::string key = codeOrName.size() == 2 ? lower(codeOrName) : foldName(codeOrName);
  auto it = countryByKey_.find(key);
  return it == countryByKey_.end() ? nullptr : &it->second;
}

std::string Gazetteer::countryName(const std::string& code) const {
  auto it = countryNames_.find(code);
  return it == countryNames_.end() ? code : it->second;
}

}  // namespace itinera

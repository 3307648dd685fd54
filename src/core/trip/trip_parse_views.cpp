// The trip's map settings: its named `views` (a box or a list of places each) and its `crs`, read
// and then checked against the places and PROJ.
#include <proj.h>

#include <memory>
#include <unordered_set>

#include "core/trip/trip_checks.h"
#include "core/trip/trip_parse.h"

namespace itinera::detail {
namespace {

using nlohmann::json;

std::optional<LonLatBox> readViewBox(const FieldReader& v) {
  const json* box = v.get("bbox");
  if (!box) return std::nullopt;
  bool numbers = box->is_array() && box->size() == 4;
  for (size_t i = 0; numbers && i < 4; ++i) numbers = (*box)[i].is_number();
  if (!numbers) {
    v.problem("bbox", "expected [west, south, east, north] in degrees");
    return std::nullopt;
  }
  LonLatBox b{(*box)[0].get<double>(), (*box)[1].get<double>(), (*box)[2].get<double>(), (*box)[3].get<double>()};
  if (!(b.west >= -180 && b.east <= 180 && b.south >= -90 && b.north <= 90 && b.west < b.east && b.south < b.north)) {
    v.problem("bbox", "expected west < east within -180..180 and south < north within -90..90");
    return std::nullopt;
  }
  return b;
}

std::vector<std::string> readViewPlaces(const FieldReader& v) {
  std::vector<std::string> out;
  const json* list = v.get("places");
  if (!list) return out;
  if (!list->is_array() || list->empty()) {
    v.problem("places", "expected a non-empty array of place ids");
    return out;
  }
  for (size_t i = 0; i < list->size(); ++i) {
    if ((*list)[i].is_string())
      out.push_back((*list)[i].get<std::string>());
    else
      v.problem("places[" + std::to_string(i) + "]", "expected a place id (a string)");
  }
  return out;
}

TripView readView(const FieldReader& v) {
  v.rejectUnknown({"name", "title", "bbox", "places"});
  TripView view;
  view.name = v.requiredString("name");
  view.title = v.requiredString("title");
  if (v.has("bbox") == v.has("places")) v.problem("bbox", "give either a bbox or a list of places");
  view.bbox = readViewBox(v);
  view.places = readViewPlaces(v);
  return view;
}

bool isViewName(const std::string& name) {
  if (name.empty() || name.size() > 64 || name.front() == '-' || name.back() == '-') return false;
  for (char c : name)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
  return name.find("--") == std::string::npos;
}

}  // namespace

void readTripMapSettings(const FieldReader& r, Trip& trip) {
  trip.crs = r.optionalString("crs");
  const json* list = r.array("views", false);
  if (!list) return;
  if (list->empty()) r.problem("views", "give at least one view, or leave views out to have them derived");
  for (size_t i = 0; i < list->size(); ++i) {
    FieldReader v((*list)[i], r.item(), "views[" + std::to_string(i) + "].", r.sink());
    if (!v.isObject()) {
      r.problem("views[" + std::to_string(i) + "]", "each view is an object {name, title, bbox | places}");
      continue;
    }
    trip.views.push_back(readView(v));
  }
}

void checkMapSettings(const Trip& trip, ProblemSink& sink) {
  std::unordered_set<std::string> names;
  for (size_t i = 0; i < trip.views.size(); ++i) {
    const TripView& v = trip.views[i];
    std::string field = "views[" + std::to_string(i) + "].";
    if (!v.name.empty() && !isViewName(v.name))
      sink.add("trip", field + "name", "\"" + v.name + "\" is not a short kebab-case name (a-z, 0-9, -)");
    else if (!v.name.empty() && !names.insert(v.name).second)
      sink.add("trip", field + "name", "\"" + v.name + "\" names an earlier view too");
    for (size_t k = 0; k < v.places.size(); ++k)
      if (!trip.place(v.places[k]))
        sink.add("trip", field + "places[" + std::to_string(k) + "]", "no place \"" + v.places[k] + "\" in the trip");
  }
  if (trip.crs.empty()) return;
  auto destroy = [](PJ_CONTEXT* c) { proj_context_destroy(c); };
  std::unique_ptr<PJ_CONTEXT, decltype(destroy)> ctx(proj_context_create(), destroy);
  proj_log_level(ctx.get(), PJ_LOG_NONE);
  PJ* crs = proj_create(ctx.get(), trip.crs.c_str());
  bool projected = crs && proj_get_type(crs) == PJ_TYPE_PROJECTED_CRS;
  if (crs) proj_destroy(crs);
  if (!projected)
    sink.add("trip", "crs", "\"" + trip.crs + "\" is not a projected CRS PROJ knows (e.g. EPSG:32617, a WKT or PROJ string)");
}

}  // namespace itinera::detail

// Internal to the trip loader: reading the parsed JSON document into the Trip model. Structural
// mistakes (missing members, wrong types, bad enumerations) are reported here; relations between
// items are checked afterwards by trip_validate.h.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/trip/json_fields.h"
#include "core/trip/trip.h"

namespace itinera::detail {

// --- shared pieces (trip_parse_common.cpp) ---
// `key` holds "stated", or an object {kind, source, grade, reason}.
std::optional<Evidence> readEvidence(const FieldReader& r, const char* key, bool required);
std::vector<Citation> readCitations(const FieldReader& r, const char* key);
std::optional<TimePoint> readTime(const FieldReader& r, const char* key, bool required);
// Reads best-estimate times `startKey`/`endKey` plus earliest, latest, time_precision, time_basis.
TimeSpan readTimeSpan(const FieldReader& r, const char* startKey, const char* endKey);

// --- geometry (trip_parse_geometry.cpp) ---
// A GeoJSON position [lon, lat] or [lon, lat, alt], checked for finite, in-range numbers.
std::optional<LonLat> readPosition(const nlohmann::json& v, const std::string& item, const std::string& field,
                                   ProblemSink& sink);
// Reads a Point, Polygon or MultiPolygon into `place` (location and areas).
bool readPlaceGeometry(const nlohmann::json& geometry, Place& place, ProblemSink& sink);
// Reads a LineString (at least two positions).
std::vector<LonLat> readLineString(const nlohmann::json& geometry, const std::string& item, ProblemSink& sink);
// A representative point of an area: the area-weighted centroid of its largest outer ring.
LonLat representativePoint(const std::vector<Polygon>& areas);

// --- the "trip" member (trip_parse_meta.cpp) ---
void readTripMember(const nlohmann::json& member, Trip& trip, ProblemSink& sink);
// --- the trip's `views` and `crs` (trip_parse_views.cpp) ---
void readTripMapSettings(const FieldReader& r, Trip& trip);

// --- features (trip_parse_features.cpp) ---
void readFeatures(const nlohmann::json& features, Trip& trip, ProblemSink& sink);

}  // namespace itinera::detail

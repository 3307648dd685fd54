// The edits the editor offers, built as commands over a trip document's JSON: adding, moving
// and removing items, setting a field, and finding items by id.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/edit/edit_command.h"

namespace itinera {

// The trip's lists of records (inside "trip") and the feature list.
inline constexpr const char* kRecordLists[] = {"sources", "organisations", "people", "travellers"};

// The JSON pointer of the item `id`: a feature ("/features/3"), or a record of one of the trip's
// lists ("/trip/people/1"; a traveller by its person); nullopt when there is none.
std::optional<std::string> itemPointer(const OrderedJson& doc, const std::string& id);
// The ids of the features of `type` ("place", "event", "leg"), in file order.
std::vector<std::string> featureIds(const OrderedJson& doc, const std::string& type);
// `base` in kebab-case, made unique among every id of the file with "-2", "-3" ...
std::string uniqueId(const OrderedJson& doc, const std::string& base);

// Sets the value at `pointer` (adding the member when absent); typing into a field merges.
EditCommand setValue(const OrderedJson& doc, const std::string& pointer, OrderedJson value, std::string label,
                     bool typed = false);
// Removes the value at `pointer` (a member or an array element).
std::optional<EditCommand> removeValue(const OrderedJson& doc, const std::string& pointer, std::string label);
// Appends `feature` to the features, or `record` to the trip's list `list`.
EditCommand addFeature(const OrderedJson& doc, OrderedJson feature);
EditCommand addRecord(const OrderedJson& doc, const std::string& list, OrderedJson record);
// Moves the point place `id` to (lon, lat), rounded to 6 decimals (about 10 cm).
std::optional<EditCommand> movePlace(const OrderedJson& doc, const std::string& id, double lon, double lat);

// A place found in the gazetteer, recorded as the importer records it: its precision ("exact",
// "city", "region") and, in location_basis, how it was found.
struct FoundPlace {
  std::string name, kind, precision, reason;
  double lon = 0, lat = 0;
};
struct PlaceEdit {
  EditCommand command;
  std::string id;  // the place moved or added
};
// Moves the point place `id` to `found` (its precision and location_basis too, and its name while
// it is still "New place"); when `id` is no point place, adds `found` as a new place citing
// `citations`. One edit either way.
PlaceEdit placeFound(const OrderedJson& doc, const std::string& id, const FoundPlace& found, const OrderedJson& citations);

// New items with the required fields, for the forms to fill in.
OrderedJson placeFeature(const std::string& id, const std::string& name, double lon, double lat,
                         const OrderedJson& basis, const OrderedJson& citations);
struct EventFields {
  std::string id, kind = "meeting", title, summary, place, start, end, precision = "hour";
  std::string person;  // the first participant
};
OrderedJson eventFeature(const EventFields& fields, const OrderedJson& basis, const OrderedJson& citations);

// A citation as the format writes it: a span of a file source, or a source cited whole.
OrderedJson citation(const std::string& source, int paragraph = 0, int start = 0, int end = 0);
// The citations of the first item that has any: what a new item cites until the user says otherwise.
OrderedJson firstCitations(const OrderedJson& doc);

}  // namespace itinera

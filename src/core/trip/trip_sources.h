// The passages a trip cites: source files found beside the trip (or in given directories),
// checked against their sha256, split into paragraphs, and cut to the cited spans.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/trip/trip.h"
#include "core/trip/trip_problem.h"

namespace itinera {

// Paragraphs are separated by one or more blank lines (empty or only spaces and tabs) and numbered
// from 1. A paragraph's text is its lines joined by "\n", without the final line break; "\r\n"
// counts as "\n". Citation spans count Unicode code points within that text, end exclusive.
std::vector<std::string> sourceParagraphs(std::string_view text);

// The directory of the trip file and its "sources" subdirectory.
std::vector<std::string> defaultSourceDirs(const std::string& tripPath);

// The bytes of the source's file from the first of `searchDirs` holding it, or nullopt when the
// source has no file, the file is absent, or its sha256 differs from the recorded one.
std::optional<std::string> loadSourceText(const Source& source, const std::vector<std::string>& searchDirs);

// The text of a cited span, or nullopt when the file is absent or mismatched, or the span is not
// inside its paragraph.
std::optional<std::string> citedPassage(const Source& source, const Citation& citation,
                                        const std::vector<std::string>& searchDirs);

// Checks every citation of every file-backed source against the files: file present, sha256
// matching, paragraph existing, span inside it. Sources whose file is absent are reported too.
std::vector<TripProblem> verifyCitations(const Trip& trip, const std::vector<std::string>& searchDirs);

// Visits every citation list of the trip with the item id and field that hold it.
void forEachCitation(const Trip& trip,
                     const std::function<void(const std::string& item, const std::string& field,
                                              const Citation&)>& visit);

}  // namespace itinera

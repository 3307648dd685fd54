// The passages a trip cites: source files found beside the trip (or in given directories),
// checked against their sha256, split into paragraphs, and cut to the cited spans.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
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

// A source's file as found in the search directories: `path` is empty when it is found nowhere;
// `problem` (field, message) says why a found file cannot be used (not a regular file, sha256
// differing from the recorded one, not UTF-8); otherwise `paragraphs` holds its paragraphs.
struct SourceFile {
  std::string path;
  std::pair<std::string, std::string> problem;
  std::vector<std::string> paragraphs;
  bool usable() const { return !path.empty() && problem.second.empty(); }
};
SourceFile openSource(const Source& source, const std::vector<std::string>& searchDirs);

// The bytes of the source's file from the first of `searchDirs` holding it, or nullopt when the
// source has no file, the file is absent, or its sha256 differs from the recorded one.
std::optional<std::string> loadSourceText(const Source& source, const std::vector<std::string>& searchDirs);

// The text of a cited span, or nullopt when the file is absent or mismatched, or the span is not
// inside its paragraph.
std::optional<std::string> citedPassage(const Source& source, const Citation& citation,
                                        const std::vector<std::string>& searchDirs);

// Checks every citation of every file-backed source against the files: sha256 matching, text in
// UTF-8, paragraph existing, span inside it. A source whose file is absent gets a note.
std::vector<TripProblem> verifyCitations(const Trip& trip, const std::vector<std::string>& searchDirs);

// How many times a source file has been read (and hashed) since the program started: once per
// file and version, however many citations and calls ask for it.
size_t sourceFilesRead();

// Visits every citation list of the trip with the item id and field that hold it.
void forEachCitation(const Trip& trip,
                     const std::function<void(const std::string& item, const std::string& field,
                                              const Citation&)>& visit);

}  // namespace itinera

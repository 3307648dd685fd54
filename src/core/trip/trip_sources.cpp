// The passages a trip cites: source files found and checked, paragraphs, spans.
#include "core/trip/trip_sources.h"

#include <filesystem>
#include <fstream>
#include <map>

#include "core/trip/json_text.h"
#include "core/trip/sha256.h"

namespace itinera {
namespace {

constexpr uintmax_t kMaxSourceBytes = uintmax_t{16} << 20;

bool isBlank(std::string_view line) { return line.find_first_not_of(" \t") == std::string_view::npos; }

std::optional<std::string> readFile(const std::filesystem::path& path) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) return std::nullopt;
  auto size = std::filesystem::file_size(path, ec);
  if (ec || size > kMaxSourceBytes) return std::nullopt;
  std::ifstream in(path, std::ios::binary);
  std::string data(size, '\0');
  if (!in.read(data.data(), static_cast<std::streamsize>(size))) return std::nullopt;
  return data;
}

void visitList(const std::string& item, const std::string& field, const std::vector<Citation>& list,
               const std::function<void(const std::string&, const std::string&, const Citation&)>& visit) {
  for (size_t i = 0; i < list.size(); ++i) visit(item, field + "[" + std::to_string(i) + "]", list[i]);
}

}  // namespace

std::vector<std::string> sourceParagraphs(std::string_view text) {
  std::vector<std::string> out;
  std::string current;
  bool open = false;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    std::string_view line = text.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    pos = nl == std::string_view::npos ? text.size() : nl + 1;
    if (isBlank(line)) {
      if (open) out.push_back(std::move(current));
      current.clear();
      open = false;
      continue;
    }
    if (open) current += '\n';
    current += line;
    open = true;
  }
  if (open) out.push_back(std::move(current));
  return out;
}

std::vector<std::string> defaultSourceDirs(const std::string& tripPath) {
  std::filesystem::path dir = std::filesystem::path(tripPath).parent_path();
  if (dir.empty()) dir = ".";
  return {dir.string(), (dir / "sources").string()};
}

std::optional<std::string> loadSourceText(const Source& source, const std::vector<std::string>& searchDirs) {
  if (source.file.empty() || std::filesystem::path(source.file).filename() != source.file) return std::nullopt;
  for (const std::string& dir : searchDirs) {
    auto data = readFile(std::filesystem::path(dir) / source.file);
    if (!data) continue;
    if (sha256Hex(*data) != source.sha256) return std::nullopt;
    return data;
  }
  return std::nullopt;
}

std::optional<std::string> citedPassage(const Source& source, const Citation& citation,
                                        const std::vector<std::string>& searchDirs) {
  if (!citation.hasSpan() || citation.paragraph < 1) return std::nullopt;
  auto text = loadSourceText(source, searchDirs);
  if (!text) return std::nullopt;
  std::vector<std::string> paragraphs = sourceParagraphs(*text);
  if (static_cast<size_t>(citation.paragraph) > paragraphs.size()) return std::nullopt;
  return codePointSlice(paragraphs[static_cast<size_t>(citation.paragraph) - 1], static_cast<size_t>(citation.start),
                        static_cast<size_t>(citation.end));
}

void forEachCitation(const Trip& trip,
                     const std::function<void(const std::string&, const std::string&, const Citation&)>& visit) {
  for (const Organisation& o : trip.organisations) visitList("organisation " + o.id, "citations", o.citations, visit);
  for (const Person& p : trip.people) visitList("person " + p.id, "citations", p.citations, visit);
  for (size_t i = 0; i < trip.travellers.size(); ++i)
    visitList("trip", "travellers[" + std::to_string(i) + "].citations", trip.travellers[i].citations, visit);
  for (const Place& p : trip.places) visitList(p.id, "properties.citations", p.citations, visit);
  for (const Event& e : trip.events) {
    visitList(e.id, "properties.citations", e.citations, visit);
    for (size_t i = 0; i < e.participants.size(); ++i)
      visitList(e.id, "properties.participants[" + std::to_string(i) + "].citations", e.participants[i].citations,
                visit);
  }
  for (const Leg& l : trip.legs) visitList(l.id, "properties.citations", l.citations, visit);
}

std::vector<TripProblem> verifyCitations(const Trip& trip, const std::vector<std::string>& searchDirs) {
  ProblemSink sink(trip.fileName);
  std::map<std::string, std::vector<std::string>> paragraphs;  // source id -> paragraphs
  for (const Source& s : trip.sources) {
    if (s.file.empty()) continue;
    auto text = loadSourceText(s, searchDirs);
    if (text)
      paragraphs[s.id] = sourceParagraphs(*text);
    else
      sink.add("source " + s.id, "file", "\"" + s.file + "\" is absent or its sha256 differs");
  }
  forEachCitation(trip, [&](const std::string& item, const std::string& field, const Citation& c) {
    auto it = paragraphs.find(c.source);
    if (it == paragraphs.end() || !c.hasSpan()) return;
    if (c.paragraph < 1 || static_cast<size_t>(c.paragraph) > it->second.size()) {
      sink.add(item, field, "paragraph " + std::to_string(c.paragraph) + " does not exist in " + c.source);
      return;
    }
    size_t length = codePointCount(it->second[static_cast<size_t>(c.paragraph) - 1]);
    if (static_cast<size_t>(c.end) > length)
      sink.add(item, field, "span " + std::to_string(c.start) + ".." + std::to_string(c.end) + " runs past paragraph " +
                                std::to_string(c.paragraph) + " (" + std::to_string(length) + " characters)");
  });
  return sink.take();
}

}  // namespace itinera

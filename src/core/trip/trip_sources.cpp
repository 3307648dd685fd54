// The passages a trip cites: source files found and checked, paragraphs, spans. Each file is
// read, hashed and checked once (and again only when it changes), however often it is cited.
#include "core/trip/trip_sources.h"

#include <sys/stat.h>

#include <atomic>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>

#include "core/io/regular_file.h"
#include "core/trip/json_text.h"
#include "core/trip/sha256.h"
#include "core/trip/trip_checks.h"

namespace itinera {
namespace {

constexpr size_t kMaxSourceBytes = size_t{16} << 20;

bool isBlank(std::string_view line) { return line.find_first_not_of(" \t") == std::string_view::npos; }

// A file's contents as last read, with what identifies that version and its digest.
struct ReadFile {
  off_t size = 0;
  timespec mtime{};
  std::string problem;  // why it could not be read, or ""
  std::string bytes, sha256;
  std::optional<size_t> invalidUtf8;
};

std::atomic<size_t> filesRead{0};

// Reads and hashes `path`, or returns the copy read before if the file has not changed since.
std::shared_ptr<const ReadFile> readOnce(const std::string& path) {
  static std::mutex mutex;
  static std::map<std::string, std::shared_ptr<const ReadFile>> cache;
  struct stat st {};
  bool stated = ::stat(path.c_str(), &st) == 0;
  std::lock_guard<std::mutex> lock(mutex);
  auto it = cache.find(path);
  if (stated && it != cache.end() && it->second->size == st.st_size && it->second->mtime.tv_sec == st.st_mtim.tv_sec &&
      it->second->mtime.tv_nsec == st.st_mtim.tv_nsec)
    return it->second;
  auto file = std::make_shared<ReadFile>();
  file->size = st.st_size;
  file->mtime = st.st_mtim;
  Result<std::string> bytes = readRegularFile(path, kMaxSourceBytes);
  ++filesRead;
  if (bytes) {
    file->bytes = std::move(bytes.value());
    file->sha256 = sha256Hex(file->bytes);
    file->invalidUtf8 = firstInvalidUtf8(file->bytes);
  } else {
    file->problem = bytes.error();
  }
  cache[path] = file;
  return file;
}

void visitList(const std::string& item, const std::string& field, const std::vector<Citation>& list,
               const std::function<void(const std::string&, const std::string&, const Citation&)>& visit) {
  for (size_t i = 0; i < list.size(); ++i) visit(item, field + "[" + std::to_string(i) + "]", list[i]);
}

std::string joined(const std::vector<std::string>& dirs) {
  std::string out;
  for (const std::string& d : dirs) out += (out.empty() ? "" : ", ") + d;
  return out.empty() ? "no directory" : out;
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

SourceFile openSource(const Source& source, const std::vector<std::string>& searchDirs) {
  SourceFile out;
  if (source.file.empty() || std::filesystem::path(source.file).filename() != source.file) return out;
  for (const std::string& dir : searchDirs) {
    std::string path = (std::filesystem::path(dir) / source.file).string();
    std::error_code ec;
    if (!std::filesystem::exists(std::filesystem::symlink_status(path, ec))) continue;
    out.path = path;
    std::shared_ptr<const ReadFile> file = readOnce(path);
    if (!file->problem.empty()) {
      out.problem = {"file", "\"" + path + "\": " + file->problem};
    } else if (file->sha256 != source.sha256) {
      out.problem = {"sha256", "\"" + path + "\" has sha256 " + file->sha256 + ", not the one recorded"};
    } else if (file->invalidUtf8) {
      TextPosition at = positionOfByte(file->bytes, *file->invalidUtf8);
      out.problem = {"file", "\"" + path + "\" is not valid UTF-8 (line " + std::to_string(at.line) + ", column " +
                                 std::to_string(at.column) + ")"};
    } else {
      out.paragraphs = sourceParagraphs(file->bytes);
    }
    return out;
  }
  return out;
}

size_t sourceFilesRead() { return filesRead; }

std::optional<std::string> loadSourceText(const Source& source, const std::vector<std::string>& searchDirs) {
  SourceFile file = openSource(source, searchDirs);
  if (!file.usable()) return std::nullopt;
  return readOnce(file.path)->bytes;
}

std::optional<std::string> citedPassage(const Source& source, const Citation& citation,
                                        const std::vector<std::string>& searchDirs) {
  if (!citation.hasSpan() || citation.paragraph < 1) return std::nullopt;
  SourceFile file = openSource(source, searchDirs);
  if (!file.usable() || static_cast<size_t>(citation.paragraph) > file.paragraphs.size()) return std::nullopt;
  return codePointSlice(file.paragraphs[static_cast<size_t>(citation.paragraph) - 1],
                        static_cast<size_t>(citation.start), static_cast<size_t>(citation.end));
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

namespace detail {

void checkCitedSources(const Trip& trip, const std::vector<std::string>& searchDirs, ProblemSink& sink) {
  std::map<std::string, std::vector<std::string>> paragraphs;  // source id -> paragraphs, when usable
  for (const Source& s : trip.sources) {
    std::string item = "source " + s.id;
    if (s.file.empty() || sink.has(item, "file") || sink.has(item, "sha256")) continue;
    SourceFile file = openSource(s, searchDirs);
    if (file.path.empty())
      sink.note(item, "file", "\"" + s.file + "\" is not found (looked in " + joined(searchDirs) +
                                  "), so its citations are not checked");
    else if (!file.usable())
      sink.add(item, file.problem.first, file.problem.second);
    else
      paragraphs[s.id] = std::move(file.paragraphs);
  }
  forEachCitation(trip, [&](const std::string& item, const std::string& field, const Citation& c) {
    auto it = paragraphs.find(c.source);
    if (it == paragraphs.end() || !c.hasSpan() || sink.has(item, field)) return;
    if (c.paragraph < 1 || static_cast<size_t>(c.paragraph) > it->second.size()) {
      sink.add(item, field + ".paragraph", "paragraph " + std::to_string(c.paragraph) + " does not exist in " +
                                               c.source + " (it has " + std::to_string(it->second.size()) + ")");
      return;
    }
    size_t length = codePointCount(it->second[static_cast<size_t>(c.paragraph) - 1]);
    if (static_cast<size_t>(c.end) > length)
      sink.add(item, field + ".end", "span " + std::to_string(c.start) + ".." + std::to_string(c.end) +
                                         " runs past paragraph " + std::to_string(c.paragraph) + " of " + c.source +
                                         " (" + std::to_string(length) + " characters)");
  });
}

}  // namespace detail

std::vector<TripProblem> verifyCitations(const Trip& trip, const std::vector<std::string>& searchDirs) {
  ProblemSink sink(trip.fileName);
  detail::checkCitedSources(trip, searchDirs, sink);
  return sink.take();
}

}  // namespace itinera

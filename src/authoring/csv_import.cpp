// Spreadsheet rows: the header maps columns, then each row's date, times, place and people.
#include "authoring/csv_import.h"

#include <algorithm>
#include <map>

#include "authoring/csv_reader.h"

namespace itinera {
namespace {

std::string lowerTrimmed(std::string s) {
  size_t a = s.find_first_not_of(" \t"), b = s.find_last_not_of(" \t");
  s = a == std::string::npos ? "" : s.substr(a, b - a + 1);
  for (char& c : s) c = (c >= 'A' && c <= 'Z') ? c + 32 : c;
  return s;
}

std::string trimmed(const std::string& s) {
  size_t a = s.find_first_not_of(" \t\r\n"), b = s.find_last_not_of(" \t\r\n");
  return a == std::string::npos ? "" : s.substr(a, b - a + 1);
}

bool digits(std::string_view s, size_t from, size_t count, int& out) {
  if (from + count > s.size()) return false;
  out = 0;
  for (size_t i = from; i < from + count; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    out = out * 10 + (s[i] - '0');
  }
  return true;
}

// "2022-04-18" -> days since 1970-01-01.
std::optional<int64_t> readDate(std::string_view s) {
  int y, m, d;
  if (s.size() != 10 || !digits(s, 0, 4, y) || s[4] != '-' || !digits(s, 5, 2, m) || s[7] != '-' || !digits(s, 8, 2, d))
    return std::nullopt;
  if (m < 1 || m > 12 || d < 1 || d > 31) return std::nullopt;
  int64_t days = daysFromCivil(y, m, d);
  CivilTime back = civilFromUnix(days * 86400);
  if (back.month != m || back.day != d) return std::nullopt;  // 2022-02-30
  return days;
}

// "9:05", "09:05" or "09:05:30" -> seconds after midnight.
std::optional<int64_t> readClock(std::string_view s) {
  size_t colon = s.find(':');
  int h, m, sec = 0;
  if (colon == 0 || colon > 2 || !digits(s, 0, colon, h) || !digits(s, colon + 1, 2, m)) return std::nullopt;
  size_t rest = colon + 3;
  if (rest != s.size() && (s[rest] != ':' || !digits(s, rest + 1, 2, sec) || rest + 3 != s.size())) return std::nullopt;
  if (h > 24 || m > 59 || sec > 59 || (h == 24 && (m || sec))) return std::nullopt;
  return h * 3600 + m * 60 + sec;
}

// A time cell: "09:05" on `day`, or "2022-04-19 09:05" / "2022-04-19T09:05"; local seconds.
std::optional<int64_t> readLocalTime(std::string_view s, std::optional<int64_t> day) {
  if (s.size() > 11 && (s[10] == ' ' || s[10] == 'T')) {
    auto d = readDate(s.substr(0, 10));
    auto c = readClock(s.substr(11));
    if (d && c) return *d * 86400 + *c;
    return std::nullopt;
  }
  auto c = readClock(s);
  if (!c || !day) return std::nullopt;
  return *day * 86400 + *c;
}

using Columns = std::map<std::string, size_t>;

Columns readHeader(const CsvRecord& header, ProblemSink& sink) {
  Columns columns;
  const auto& known = csvColumns();
  std::string list;
  for (const auto& k : known) list += (list.empty() ? "" : ", ") + k;
  for (size_t i = 0; i < header.fields.size(); ++i) {
    const CsvField& f = header.fields[i];
    std::string name = lowerTrimmed(f.text);
    if (name == "travellers" || name == "traveler" || name == "travelers") name = "traveller";
    if (name.empty() && i + 1 == header.fields.size()) continue;  // a trailing separator
    if (std::find(known.begin(), known.end(), name) == known.end())
      sink.at(f.line, f.column, "unknown column '" + f.text + "': the columns are " + list);
    else if (columns.count(name))
      sink.at(f.line, f.column, "column '" + name + "' is named twice");
    else
      columns[name] = i;
  }
  if (!columns.count("title")) sink.at(header.line, 1, "the header has no 'title' column");
  if (!columns.count("date") && !columns.count("start")) sink.at(header.line, 1, "the header has no 'date' or 'start' column");
  if (!columns.count("place") && !(columns.count("lat") && columns.count("lon")))
    sink.at(header.line, 1, "the header has no 'place' column, nor 'lat' and 'lon'");
  return columns;
}

class RowReader {
 public:
  RowReader(const CsvRecord& r, const Columns& c, const TripClock& clock, ProblemSink& sink)
      : record_(r), columns_(c), clock_(clock), sink_(sink) {}

  std::optional<ImportRow> read() {
    ImportRow row;
    row.line = record_.line;
    row.byteBegin = record_.begin;
    row.byteEnd = record_.end;
    row.title = trimmed(cell("title").text);
    row.summary = trimmed(cell("summary").text);
    row.kind = lowerTrimmed(cell("kind").text);
    row.place = cell("place");
    row.country = cell("country");
    row.mode = cell("mode");
    row.source = cell("source");
    row.participants = splitPeople(cell("participants"));
    for (const ImportPerson& p : splitPeople(cell("traveller"))) row.travellers.push_back(p.name);
    bool ok = readTimes(row) & readPoint(row);
    if (row.title.empty()) ok = fail(cell("title"), "no title");
    if (trimmed(row.place.text).empty() && !row.point) ok = fail(cell("place"), "no place: give a place, or lat and lon");
    return ok ? std::optional<ImportRow>(std::move(row)) : std::nullopt;
  }

 private:
  // The cell of a column, with its position (the row's start when the row is short).
  Located cell(const std::string& column) const {
    auto it = columns_.find(column);
    if (it == columns_.end() || it->second >= record_.fields.size()) {
      const CsvField& last = record_.fields.back();
      return {"", last.line, last.column};
    }
    const CsvField& f = record_.fields[it->second];
    return {f.text, f.line, f.column};
  }
  bool fail(const Located& at, const std::string& message) {
    sink_.at(at.line, at.column, message);
    return false;
  }

  bool readTimes(ImportRow& row) {
    Located date = cell("date"), start = cell("start"), end = cell("end");
    std::string d = trimmed(date.text), s = trimmed(start.text), e = trimmed(end.text);
    std::optional<int64_t> day;
    if (!d.empty() && !(day = readDate(d)))
      return fail(date, "unreadable date '" + d + "': expected YYYY-MM-DD, e.g. 2022-04-18");
    row.when = s.empty() ? date : start;
    if (s.empty()) {
      if (!day) return fail(date, "no date: give a date (YYYY-MM-DD) or a start with its date");
      if (!e.empty()) return fail(end, "an end without a start: give the start too");
      row.dayOnly = true;
      row.precision = TimePrecision::Day;
      row.start = clock_.localMidnight(*day);
      row.end = clock_.localMidnight(*day + 1);
      return true;
    }
    auto localStart = readLocalTime(s, day);
    if (!localStart)
      return fail(start, "unreadable start '" + s + "': expected HH:MM (with a date column) or YYYY-MM-DD HH:MM");
    auto localEnd = e.empty() ? localStart : readLocalTime(e, day ? day : *localStart / 86400);
    if (!localEnd) return fail(end, "unreadable end '" + e + "': expected HH:MM or YYYY-MM-DD HH:MM");
    if (*localEnd < *localStart)
      return fail(end, "ends at " + e + ", before it starts (an end after midnight needs its date: YYYY-MM-DD HH:MM)");
    row.start = clock_.toUtc(*localStart);
    row.end = clock_.toUtc(*localEnd);
    return true;
  }

  bool readPoint(ImportRow& row) {
    Located lat = cell("lat"), lon = cell("lon");
    std::string a = trimmed(lat.text), b = trimmed(lon.text);
    if (a.empty() && b.empty()) return true;
    if (a.empty() != b.empty()) return fail(a.empty() ? lat : lon, "lat and lon go together: give both or neither");
    auto p = parseLatLon(a + "," + b);
    if (!p) return fail(lat, "unreadable coordinates '" + a + "', '" + b + "': expected decimal degrees, e.g. 8.97 and -79.53");
    row.point = p;
    return true;
  }

  const CsvRecord& record_;
  const Columns& columns_;
  const TripClock& clock_;
  ProblemSink& sink_;
};

bool blank(const CsvRecord& r) {
  return std::all_of(r.fields.begin(), r.fields.end(), [](const CsvField& f) { return trimmed(f.text).empty(); });
}

}  // namespace

const std::vector<std::string>& csvColumns() {
  static const std::vector<std::string> columns = {"date", "start", "end", "place", "lat", "lon", "country", "title",
                                                   "summary", "kind", "participants", "traveller", "mode", "source"};
  return columns;
}

ImportedRows readCsvRows(std::string_view text, const TripClock& clock, ProblemSink& sink) {
  ImportedRows out;
  CsvTable table = readCsv(text);
  for (const CsvProblem& p : table.problems) sink.at(p.line, p.column, p.message);
  if (table.records.empty()) {
    sink.at(1, 1, "the file is empty: expected a header row naming the columns");
    return out;
  }
  Columns columns = readHeader(table.records[0], sink);
  size_t width = table.records[0].fields.size();
  for (size_t i = 1; i < table.records.size(); ++i) {
    const CsvRecord& r = table.records[i];
    if (blank(r)) continue;
    for (size_t k = width; k < r.fields.size(); ++k)
      if (!trimmed(r.fields[k].text).empty())
        sink.at(r.fields[k].line, r.fields[k].column, "more cells than the header has columns");
    if (auto row = RowReader(r, columns, clock, sink).read()) out.rows.push_back(std::move(*row));
  }
  return out;
}

}  // namespace itinera

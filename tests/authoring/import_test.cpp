// Imports end to end without a window: the sample files become trips that the loader accepts,
// every row is cited where it is, and bad rows are all reported at their lines and columns.
#include "authoring/importer.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "authoring/row_citations.h"
#include "core/trip/trip_loader.h"
#include "core/trip/trip_sources.h"

namespace itinera {
namespace {

const std::string kFixtures = std::string(ITINERA_SOURCE_DIR) + "/tests/fixtures/import/";

const Gazetteer& gazetteer() {
  static Gazetteer g = Gazetteer::load(std::string(ITINERA_SOURCE_DIR) + "/geodata/gazetteer.tsv.gz").value();
  return g;
}

// Writes `text` to a fresh file named `name` and returns its path.
std::string scratch(const std::string& name, const std::string& text) {
  auto dir = std::filesystem::temp_directory_path() / ("itinera-import-test-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  std::string path = (dir / name).string();
  std::ofstream(path, std::ios::binary) << text;
  return path;
}

Trip load(const ImportOutcome& outcome, const std::string& dir) {
  TripLoadOptions options;
  options.sourceDirs = {dir};
  TripLoadResult r = loadTripFromString(*outcome.tripText, "imported.geojson", options);
  for (auto& p : r.problems) ADD_FAILURE() << p.format();
  return std::move(*r.trip);
}

std::string messages(const ImportOutcome& o) {
  std::string out;
  for (auto& p : o.problems) out += p.format() + "\n";
  return out;
}

TEST(Import, TheSampleSpreadsheetBecomesACitedTripWithLegs) {
  ImportOutcome o = importItinerary({kFixtures + "panama-visit.csv", "Panama visit", "America/Panama", {}}, gazetteer());
  ASSERT_TRUE(o.tripText) << messages(o);
  Trip trip = load(o, kFixtures);
  EXPECT_EQ(trip.places.size(), 4u);
  EXPECT_EQ(trip.events.size(), 4u);
  ASSERT_EQ(trip.legs.size(), 3u);
  EXPECT_EQ(toString(trip.legs[0].mode), std::string("road"));
  EXPECT_EQ(toString(trip.legs[2].mode), std::string("air"));
  ASSERT_EQ(trip.travellers.size(), 1u);
  EXPECT_EQ(trip.people.size(), 3u);
  EXPECT_EQ(toString(trip.places[0].precision), std::string("exact"));  // PTY, an airport
  EXPECT_EQ(toString(trip.places[1].precision), std::string("city"));
  EXPECT_EQ(toString(trip.events[3].time.precision), std::string("day"));
}

// The code points [start, end) of `text`, as a citation span counts them.
std::string codePoints(const std::string& text, size_t start, size_t end) {
  std::string out;
  size_t n = 0;
  for (unsigned char c : text) {
    if ((c & 0xC0) != 0x80) ++n;  // a code point begins: it is number n - 1
    if (n - 1 >= start && n - 1 < end) out += static_cast<char>(c);
  }
  return out;
}

TEST(Import, EachRowIsCitedAsItsOwnText) {
  std::string text = "\xEF\xBB\xBF" "date;start;end;place;title;traveller\n2022-04-18;09:00;09:30;PTY;Arrival;Ana\n\n"
                     "2022-04-18;11:00;12:00;Panamá, Panama;\"Two\nlines\";Ana\n";
  auto paragraphs = sourceParagraphs(text);
  size_t second = text.find("2022-04-18;11"), end = text.size() - 1;
  auto spans = rowSpans(text, second, end);
  ASSERT_EQ(spans.size(), 1u);
  EXPECT_EQ(spans[0].paragraph, 2);
  EXPECT_EQ(codePoints(paragraphs[1], spans[0].start, spans[0].end), text.substr(second, end - second));
  std::string path = scratch("bom-semicolons.csv", text);
  ImportOutcome o = importItinerary({path, "", "America/Panama", {}}, gazetteer());
  ASSERT_TRUE(o.tripText) << messages(o);
  load(o, std::filesystem::path(path).parent_path().string());  // sha256 and every span checked
}

TEST(Import, ATravellerSeenAtOneMomentOnlyIsAskedForAnEnd) {
  std::string path = scratch("moment.csv", "date,start,place,title,traveller\n2022-04-18,09:00,PTY,Arrival,Ana\n");
  ImportOutcome o = importItinerary({path, "", "America/Panama", {}}, gazetteer());
  EXPECT_FALSE(o.tripText);
  EXPECT_NE(messages(o).find("moment.csv:2:12: Ana is seen only at one moment"), std::string::npos) << messages(o);
}

TEST(Import, EveryBadRowIsReportedAtItsLineAndColumn) {
  std::string path = scratch("bad.csv",
                             "date,start,place,title,traveller,colour\n"
                             "2022-04-31,09:00,PTY,Arrival,Ana,red\n"
                             "2022-04-18,9h,PTY,Arrival,Ana,red\n"
                             "2022-04-18,10:00,Qwertyville,Lost city,Ana,red\n"
                             "2022-04-18,11:00,San José,Talks,Ana,red\n");
  ImportOutcome o = importItinerary({path, "", "America/Panama", {}}, gazetteer());
  EXPECT_FALSE(o.tripText);
  std::string m = messages(o);
  EXPECT_NE(m.find("bad.csv:1:34: unknown column 'colour'"), std::string::npos) << m;
  EXPECT_NE(m.find("bad.csv:2:1: unreadable date '2022-04-31'"), std::string::npos) << m;
  EXPECT_NE(m.find("bad.csv:3:12: unreadable start '9h'"), std::string::npos) << m;
  EXPECT_NE(m.find("bad.csv:4:18: no place named 'Qwertyville'"), std::string::npos) << m;
  EXPECT_NE(m.find("bad.csv:5:18: 'San José' is ambiguous"), std::string::npos) << m;
  EXPECT_NE(m.find("Costa Rica"), std::string::npos) << m;
}

TEST(Import, ATravellerInTwoPlacesAtOnceIsReportedAtTheLaterRow) {
  std::string path = scratch("clash.csv",
                             "date,start,end,place,title,traveller\n"
                             "2022-04-18,09:00,11:00,PTY,Meeting,Ana\n"
                             "2022-04-18,10:00,10:30,\"9.0, -79.5\",Flight,Ana\n");
  ImportOutcome o = importItinerary({path, "", "America/Panama", {}}, gazetteer());
  EXPECT_FALSE(o.tripText);
  EXPECT_NE(messages(o).find("clash.csv:3:12: Ana is in two places at once"), std::string::npos) << messages(o);
}

TEST(Import, NearResolvesANameToTheClosestCandidate) {
  std::string path = scratch("near.csv", "date,place,title,traveller\n2022-04-19,San José,Talks,Ana\n");  // the whole day
  PlaceHint near{"", LatLon{9.9, -84.1}, "9.9,-84.1"};
  ImportOutcome o = importItinerary({path, "", "America/Costa_Rica", near}, gazetteer());
  ASSERT_TRUE(o.tripText) << messages(o);
  Trip trip = load(o, std::filesystem::path(path).parent_path().string());
  EXPECT_NE(trip.places[0].locationEvidence->reason.find("nearest to 9.9,-84.1"), std::string::npos);
}

TEST(Import, TheSampleCalendarKeepsItsTimeZonesAndPlaces) {
  ImportOutcome o = importItinerary({kFixtures + "panama-visit.ics", "", "", {}}, gazetteer());
  ASSERT_TRUE(o.tripText) << messages(o);
  Trip trip = load(o, kFixtures);
  EXPECT_EQ(trip.timeZone, "America/Panama");
  ASSERT_EQ(trip.events.size(), 3u);
  EXPECT_EQ(trip.events[1].time.start.utc - trip.events[0].time.start.utc, 2 * 3600);  // 16:00Z is 11:00 local
  EXPECT_EQ(trip.events[1].summary, "Talks on migration, with the minister.");
  EXPECT_EQ(trip.legs.size(), 2u);
}

TEST(Import, ACalendarEventWithoutAPlaceIsReportedAtItsLine) {
  std::string path = scratch("bad.ics",
                             "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//y//EN\r\nBEGIN:VEVENT\r\nUID:a@x\r\n"
                             "DTSTAMP:20220401T120000Z\r\nDTSTART:20220418T140000Z\r\nDTEND:20220418T150000Z\r\n"
                             "SUMMARY:Somewhere\r\nATTENDEE;CN=Ana:mailto:ana@example.org\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
  ImportOutcome o = importItinerary({path, "", "America/Panama", {}}, gazetteer());
  EXPECT_FALSE(o.tripText);
  EXPECT_NE(messages(o).find("bad.ics:4:1: no LOCATION and no GEO"), std::string::npos) << messages(o);
}

}  // namespace
}  // namespace itinera

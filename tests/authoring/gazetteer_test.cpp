// The gazetteer and place resolution: names folded, airport codes, ambiguity and its hints.
#include "authoring/gazetteer.h"

#include <gtest/gtest.h>

#include "authoring/place_resolver.h"
#include "authoring/text_fold.h"

namespace itinera {
namespace {

const char* kSmall =
    "# a test gazetteer\n"
    "N\tCR\tCosta Rica\n"
    "N\tPA\tPanama\n"
    "A\tPTY\tMPTO\tTocumen International Airport\tPA\t9.07136\t-79.38350\tTocumen\n"
    "C\tSan José\tCR\t08\t335007\t9.93333\t-84.08333\tPPLC\n"
    "C\tSan José\tCR\t01\t31430\t9.95\t-84.05\tPPL\n"
    "C\tSan José\tPA\t13\t3982\t8.7\t-79.9\tPPL\n"
    "C\tSan José\tPA\t10\t1444\t8.2\t-80.1\tPPLA3\n"
    "C\tPanamá\tPA\t08\t408168\t8.9936\t-79.51973\tPPLC\n"
    "R\tcountry\tCosta Rica\tCR\t9.97\t-84.19\n"
    "R\tcountry\tPanama\tPA\t8.36544\t-80.91843\n"
    "R\tprovince\tDarién\tPA\t7.90194\t-77.70670\n"
    "R\tprovince\tPanamá\tPA\t9.08628\t-78.9283\n"
    "R\tdepartment\tSan José\tUY\t-34.34\t-56.71\n";

Gazetteer small() {
  auto g = Gazetteer::fromText(kSmall, "small.tsv");
  EXPECT_TRUE(g.ok()) << (g.ok() ? "" : g.error());
  return std::move(g.value());
}

TEST(TextFold, CaseAccentsAndPunctuationAreIgnored) {
  EXPECT_EQ(foldName("San José"), "san jose");
  EXPECT_EQ(foldName("  SAN-JOSE "), "san jose");
  EXPECT_EQ(foldName("Łódź"), "lodz");
}

TEST(Gazetteer, AirportsByIataAndIcaoCode) {
  Gazetteer g = small();
  auto r = resolvePlace(g, "PTY", {});
  ASSERT_TRUE(r.ok()) << r.error();
  EXPECT_EQ(r->name, "Tocumen International Airport");
  EXPECT_EQ(r->precision, "exact");
  EXPECT_NE(r->reason.find("IATA code PTY"), std::string::npos);
  EXPECT_EQ(resolvePlace(g, "MPTO", {})->name, "Tocumen International Airport");
}

TEST(Gazetteer, AUniqueNameIsACityWhateverItsAccents) {
  auto r = resolvePlace(small(), "panama", {});
  ASSERT_TRUE(r.ok()) << r.error();
  EXPECT_EQ(r->name, "Panamá");
  EXPECT_EQ(r->precision, "city");
  EXPECT_NEAR(r->point.lon, -79.51973, 1e-9);
}

TEST(Gazetteer, AnAmbiguousNameListsItsCandidatesAndCountries) {
  auto r = resolvePlace(small(), "San Jose", {});
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().find("ambiguous: 4 places"), std::string::npos) << r.error();
  EXPECT_NE(r.error().find("San José (Costa Rica, division 08, capital, population 335,007)"), std::string::npos)
      << r.error();
  EXPECT_NE(r.error().find("San José (Panama, division 13"), std::string::npos) << r.error();
}

TEST(Gazetteer, ACountryOrNearResolvesAnAmbiguousName) {
  Gazetteer g = small();
  PlaceHint inCostaRica{"CR", std::nullopt, ""};
  auto r = resolvePlace(g, "San José", inCostaRica);
  ASSERT_TRUE(r.ok()) << r.error();
  EXPECT_NEAR(r->point.lat, 9.93333, 1e-9);  // the capital
  EXPECT_TRUE(resolvePlace(g, "San José, Costa Rica", {}).ok());
  EXPECT_FALSE(resolvePlace(g, "San José", {"PA", std::nullopt, ""}).ok());  // two of like size in Panama
  auto near = resolvePlace(g, "San José", {"", LatLon{8.3, -80.0}, "8.3,-80.0"});
  ASSERT_TRUE(near.ok()) << near.error();
  EXPECT_NEAR(near->point.lat, 8.2, 1e-9);
  EXPECT_NE(near->reason.find("nearest to 8.3,-80.0 (--near) of 4"), std::string::npos) << near->reason;
}

TEST(Gazetteer, UnknownNamesAndCountriesSayWhatToDo) {
  Gazetteer g = small();
  EXPECT_NE(resolvePlace(g, "Atlantis", {}).error().find("no place named 'Atlantis'"), std::string::npos);
  auto p = resolvePlace(g, "8.97, -79.53", {});
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(p->precision, "exact");
  EXPECT_TRUE(p->reason.empty());
}

TEST(Gazetteer, CountriesAndDivisionsAreRegionsWhenNoPlaceHasTheName) {
  Gazetteer g = small();
  auto darien = resolvePlace(g, "Darien", {});
  ASSERT_TRUE(darien.ok()) << darien.error();
  EXPECT_EQ(darien->kind, "province");
  EXPECT_EQ(darien->precision, "region");
  EXPECT_EQ(darien->country, "PA");
  EXPECT_NE(darien->reason.find("Natural Earth province Darién (Panama, province)"), std::string::npos) << darien->reason;
  EXPECT_EQ(resolvePlace(g, "Darién Province", {})->name, "Darién");
  auto country = resolvePlace(g, "Costa Rica", {});
  ASSERT_TRUE(country.ok()) << country.error();
  EXPECT_EQ(country->kind, "country");
  EXPECT_EQ(country->precision, "region");
  // A city of the name wins over the division and the country of the same name.
  EXPECT_EQ(resolvePlace(g, "Panama", {})->precision, "city");
  EXPECT_NE(resolvePlace(g, "San José", {}).error().find("ambiguous: 4 places"), std::string::npos);
}

// The editor's search lists every place a name may mean, with its country, most populous first.
TEST(PlaceSearch, AmbiguousNamesListEveryCandidateWithItsCountry) {
  Gazetteer g = small();
  auto found = searchPlaces(g, "san jose");
  ASSERT_EQ(found.size(), 5u);  // four cities, then the Uruguayan department
  EXPECT_EQ(found[0].label, "San José (Costa Rica, division 08, capital, population 335,007)");
  EXPECT_EQ(found[2].label, "San José (Panama, division 13, population 3,982)");
  EXPECT_EQ(found[4].label, "San José (UY, department)");  // the test file names no Uruguay: its code
  EXPECT_EQ(found[0].place.precision, "city");
  EXPECT_EQ(found[4].place.precision, "region");
  EXPECT_NE(found[2].place.reason.find("chosen by hand from 5 places of that name"), std::string::npos)
      << found[2].place.reason;
  EXPECT_NEAR(found[2].place.point.lat, 8.7, 1e-9);
  EXPECT_NEAR(found[2].place.point.lon, -79.9, 1e-9);
  auto inPanama = searchPlaces(g, "San Jose, Panama");
  ASSERT_EQ(inPanama.size(), 2u);
  EXPECT_EQ(inPanama[0].place.country, "PA");
  EXPECT_EQ(searchPlaces(g, "san jose", 2).size(), 2u);
  EXPECT_TRUE(searchPlaces(g, "Nowhere").empty());
}

TEST(PlaceSearch, AirportCodesAndCoordinates) {
  Gazetteer g = small();
  auto pty = searchPlaces(g, "PTY");
  ASSERT_EQ(pty.size(), 1u);
  EXPECT_EQ(pty[0].label, "Tocumen International Airport (Panama, airport PTY)");
  EXPECT_EQ(pty[0].place.precision, "exact");
  EXPECT_NE(pty[0].place.reason.find("IATA code PTY"), std::string::npos);
  EXPECT_EQ(searchPlaces(g, "MPTO").at(0).place.name, "Tocumen International Airport");
  auto darien = searchPlaces(g, "Darién");
  ASSERT_EQ(darien.size(), 1u);
  EXPECT_EQ(darien[0].place.kind, "province");
  EXPECT_NE(darien[0].place.reason.find("the only place of that name"), std::string::npos);
  auto point = searchPlaces(g, "8.97, -79.53");
  ASSERT_EQ(point.size(), 1u);
  EXPECT_EQ(point[0].place.precision, "exact");
  EXPECT_NEAR(point[0].place.point.lon, -79.53, 1e-9);
}

TEST(Gazetteer, TheCommittedFileHasCitiesAirportsAndCountries) {
  auto g = Gazetteer::load(std::string(ITINERA_SOURCE_DIR) + "/geodata/gazetteer.tsv.gz");
  ASSERT_TRUE(g.ok()) << g.error();
  EXPECT_GT(g->size(), 130000u);
  ASSERT_NE(g->airportByCode("PTY"), nullptr);
  EXPECT_EQ(g->airportByCode("PTY")->icao, "MPTO");
  ASSERT_NE(g->airportByCode("SJO"), nullptr);
  EXPECT_EQ(g->airportByCode("SJO")->country, "CR");
  ASSERT_NE(g->countryCode("costa rica"), nullptr);
  EXPECT_EQ(*g->countryCode("costa rica"), "CR");
  EXPECT_GT(g->byName("San José").size(), 10u);
  auto darien = g->regionsByName("Darién");
  ASSERT_EQ(darien.size(), 1u);
  EXPECT_EQ(darien[0]->regionType, "province");
  EXPECT_NEAR(darien[0]->lat, 7.9, 0.2);
  auto colombia = g->regionsByName("Colombia");
  ASSERT_EQ(colombia.size(), 1u);
  EXPECT_NEAR(colombia[0]->lon, -73.3, 2.0);  // inside the mainland, not its islands
}

}  // namespace
}  // namespace itinera

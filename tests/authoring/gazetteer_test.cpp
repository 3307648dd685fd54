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
    "C\tPanamá\tPA\t08\t408168\t8.9936\t-79.51973\tPPLC\n";

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
  EXPECT_NE(resolvePlace(g, "Costa Rica", {}).error().find("is a country"), std::string::npos);
  auto p = resolvePlace(g, "8.97, -79.53", {});
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(p->precision, "exact");
  EXPECT_TRUE(p->reason.empty());
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
}

}  // namespace
}  // namespace itinera

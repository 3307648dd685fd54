// Argument parsing: verbs, options, values and the errors for bad input.
#include "cli/command_line.h"

#include <gtest/gtest.h>

using namespace itinera;

TEST(CommandLine, ParsesVerbOptionsAndPositionals) {
  auto cl = parseCommandLine({"render", "--view", "canal", "--size", "800x600", "-o", "out.png"});
  ASSERT_TRUE(cl.ok()) << cl.error();
  EXPECT_EQ(cl->verb, "render");
  EXPECT_EQ(cl->get("--view"), "canal");
  EXPECT_EQ(cl->get("-o"), "out.png");
}

TEST(CommandLine, NegativeLongitudesAreValuesNotOptions) {
  auto cl = parseCommandLine({"locate", "-79.53", "8.97", "--view", "panama-city"});
  ASSERT_TRUE(cl.ok()) << cl.error();
  ASSERT_EQ(cl->positional.size(), 2u);
  EXPECT_EQ(cl->positional[0], "-79.53");
  auto south = parseCommandLine({"locate", "-79.5", "-8"});
  ASSERT_TRUE(south.ok()) << south.error();
  EXPECT_EQ(south->positional[1], "-8");
}

TEST(CommandLine, TheAppTakesATripFileAndItsOptions) {
  auto cl = parseCommandLine({ITINERA_SOURCE_DIR "/geodata/trips/panama-2022.geojson", "--view", "canal"});
  ASSERT_TRUE(cl.ok()) << cl.error();
  EXPECT_EQ(cl->verb, "");
  EXPECT_EQ(cl->get("--view"), "canal");
  EXPECT_EQ(parseCommandLine({})->verb, "");
}

TEST(CommandLine, RejectsUnknownOptionsMissingValuesAndSurplusArguments) {
  EXPECT_FALSE(parseCommandLine({"render", "--colour", "red"}).ok());
  EXPECT_FALSE(parseCommandLine({"render", "--view"}).ok());
  EXPECT_FALSE(parseCommandLine({"locate", "1", "2", "3"}).ok());
  auto bad = parseCommandLine({"bench", "--nope"});
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.error().find("--nope"), std::string::npos);
  auto surplus = parseCommandLine({"locate", "1", "2", "3"});
  EXPECT_EQ(surplus.error(), "unexpected argument '3' for 'locate'");
}

TEST(CommandLine, EveryVerbRejectsTheOptionsOfOthers) {
  EXPECT_EQ(parseCommandLine({"validate", "--view", "canal"}).error(), "unknown option '--view' for 'validate'");
  EXPECT_EQ(parseCommandLine({"agenda", "--crs", "EPSG:32617"}).error(), "unknown option '--crs' for 'agenda'");
  EXPECT_EQ(parseCommandLine({"bench", "--json"}).error(), "unknown option '--json' for 'bench'");
  EXPECT_EQ(parseCommandLine({"-o", "a.png"}).error(), "unknown option '-o' for the interactive app");
  // The app's options belong to the app, not to a verb named after them.
  EXPECT_EQ(parseCommandLine({"--view", "canal", "render", "-o", "a.png"}).error(),
            "option '--view' must follow the verb 'render'");
}

TEST(CommandLine, AFirstArgumentThatIsNeitherVerbNorFileIsAnError) {
  EXPECT_EQ(parseCommandLine({"valdiate", "trip.geojson"}).error(), "unknown verb 'valdiate': did you mean 'validate'?");
  EXPECT_EQ(parseCommandLine({"rendr", "-o", "a.png"}).error(), "unknown verb 'rendr': did you mean 'render'?");
  EXPECT_EQ(parseCommandLine({"--", "locate"}).error(), "no trip file 'locate' (a verb comes first, before any '--')");
  auto far = parseCommandLine({"frobnicate"});
  ASSERT_FALSE(far.ok());
  EXPECT_EQ(far.error(), "'frobnicate' is neither a verb (render, locate, validate, agenda, state, bench, export, import) nor a trip file");
}

TEST(CommandLine, NearestVerbForgivesATypoButNotAnotherWord) {
  EXPECT_EQ(nearestVerb("valdiate"), "validate");
  EXPECT_EQ(nearestVerb("locat"), "locate");
  EXPECT_EQ(nearestVerb("agneda"), "agenda");
  EXPECT_EQ(nearestVerb("frobnicate"), "");
  EXPECT_EQ(nearestVerb("x"), "");
}

TEST(CommandLine, HelpAndVersion) {
  auto help = parseCommandLine({"--help"});
  EXPECT_EQ(help->verb, "help");
  EXPECT_EQ(parseCommandLine({"help"})->text, help->text);
  for (const std::string& verb : verbNames()) {
    EXPECT_NE(help->text.find("itinera " + verb), std::string::npos) << verb;
    auto verbHelp = parseCommandLine({verb, "--help"});
    ASSERT_TRUE(verbHelp.ok()) << verb;
    EXPECT_EQ(verbHelp->verb, "help");
    EXPECT_NE(verbHelp->text.find("itinera " + verb), std::string::npos) << verbHelp->text;
  }
  EXPECT_NE(parseCommandLine({"render", "--help"})->text.find("-o"), std::string::npos);
  EXPECT_EQ(parseCommandLine({"--version"})->text, "itinera " ITINERA_VERSION "\n");
}

TEST(ParseSize, AcceptsSaneSizes) {
  auto s = parseSize("1920x1080");
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(s->width, 1920);
  EXPECT_EQ(s->height, 1080);
}

TEST(ParseSize, RejectsZeroNegativeAbsurdAndMalformed) {
  for (const char* bad : {"0x0", "-5x100", "100x-5", "99999x100", "100", "axb", "100x", "x100", "10x10", "1e3x100"}) {
    auto s = parseSize(bad);
    EXPECT_FALSE(s.ok()) << bad;
    if (!s.ok()) EXPECT_NE(s.error().find(bad), std::string::npos);
  }
}

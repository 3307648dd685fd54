// Argument parsing: verbs, options, values and the errors for bad input.
#include "core/io/command_line.h"

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
}

TEST(CommandLine, RejectsUnknownOptionsMissingValuesAndSurplusArguments) {
  EXPECT_FALSE(parseCommandLine({"render", "--colour", "red"}).ok());
  EXPECT_FALSE(parseCommandLine({"render", "--view"}).ok());
  EXPECT_FALSE(parseCommandLine({"locate", "1", "2", "3"}).ok());
  auto bad = parseCommandLine({"bench", "--nope"});
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.error().find("--nope"), std::string::npos);
}

TEST(CommandLine, HelpAndVersion) {
  EXPECT_EQ(parseCommandLine({"--help"})->verb, "help");
  EXPECT_EQ(parseCommandLine({"render", "--help"})->verb, "help");
  EXPECT_EQ(parseCommandLine({"--version"})->verb, "version");
  EXPECT_EQ(parseCommandLine({})->verb, "");
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

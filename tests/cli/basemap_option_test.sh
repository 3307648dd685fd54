#!/usr/bin/env bash
# --basemap: any OGR source (a Shapefile and a FlatGeobuf made here with ogr2ogr) replaces the
# bundled map in render; a missing file, an unreadable one and a layer no map layer takes are
# named and exit 1; --basemap without a value is a usage error (2).
source "$(dirname "$0")/cli_common.sh"
world="$source_dir/geodata/world.gpkg"
trip="$source_dir/tests/fixtures/world/mexico-city.geojson"

# "land" or "water" for the pixel X Y of a PNG (water is the blue of the sea).
surface() {
  python3 - "$1" "$2" "$3" <<'PY'
import struct, sys, zlib
data = open(sys.argv[1], "rb").read()
x, y = int(sys.argv[2]), int(sys.argv[3])
pos, idat, w = 8, b"", 0
while pos < len(data):
    n, kind = struct.unpack(">I4s", data[pos:pos + 8])
    body = data[pos + 8:pos + 8 + n]
    if kind == b"IHDR": w, h, depth, colour = struct.unpack(">IIBB", body[:10])
    if kind == b"IDAT": idat += body
    pos += 12 + n
raw, bpp = zlib.decompress(idat), {2: 3, 6: 4}[colour]
stride, prev, rows = w * bpp, bytearray(w * bpp), []
for r in range(y + 1):
    f, line = raw[r * (stride + 1)], bytearray(raw[r * (stride + 1) + 1:(r + 1) * (stride + 1)])
    for i in range(stride):
        a = line[i - bpp] if i >= bpp else 0
        b, c = prev[i], prev[i - bpp] if i >= bpp else 0
        if f == 1: line[i] = (line[i] + a) & 255
        elif f == 2: line[i] = (line[i] + b) & 255
        elif f == 3: line[i] = (line[i] + (a + b) // 2) & 255
        elif f == 4:
            p = a + b - c; pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
            line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
    prev = line
red, blue = prev[x * bpp], prev[x * bpp + 2]
print("water" if blue > red + 20 else "land")
PY
}

render() { "$app" render "$trip" --size 640x360 -o "$work/$1.png" "${@:2}"; }

render bundled || failed "render with the bundled basemap"
[ "$(surface "$work/bundled.png" 5 5)" = land ] || failed "the bundled map: land north-west of Mexico City"

# A Shapefile of the world's land around Mexico, and a FlatGeobuf of an islet far away.
ogr2ogr -f "ESRI Shapefile" "$work/mexico_land.shp" "$world" countries -spat -110 10 -85 30 -nln mexico_land ||
  failed "ogr2ogr Shapefile"
ogr2ogr -f FlatGeobuf "$work/islet.fgb" "$world" countries -where "fid = (SELECT min(fid) FROM countries)" -nln islet ||
  failed "ogr2ogr FlatGeobuf"
render shp --basemap "$work/mexico_land.shp" || failed "render --basemap a Shapefile"
[ "$(surface "$work/shp.png" 5 5)" = land ] || failed "the Shapefile's land is drawn"
ogr2ogr -f FlatGeobuf "$work/mexico.fgb" "$work/mexico_land.shp" -nln countries || failed "ogr2ogr FlatGeobuf of Mexico"
render fgb --basemap "$work/mexico.fgb" || failed "render --basemap a FlatGeobuf"
[ "$(surface "$work/fgb.png" 5 5)" = land ] || failed "the FlatGeobuf's land is drawn"
render islet --basemap "$work/islet.fgb" || failed "render --basemap a FlatGeobuf far away"
[ "$(surface "$work/islet.png" 5 5)" = water ] || failed "with only a far islet, Mexico is sea"

# Errors: named, located, exit 1; no value at all is a usage error.
err="$(render none --basemap "$work/nowhere.gpkg" 2>&1)"
code=$?
[ $code -eq 1 ] && grep -q "nowhere.gpkg: basemap file not found" <<<"$err" || failed "missing file -> $code: $err"
echo "not a map" >"$work/notes.txt"
err="$(render none --basemap "$work/notes.txt" 2>&1)"
code=$?
[ $code -eq 1 ] && grep -q "notes.txt: not a vector file OGR can read" <<<"$err" || failed "text file -> $code: $err"
ogr2ogr -f GPKG "$work/extra.gpkg" "$work/mexico_land.shp" -nln countries &&
  ogr2ogr -f GPKG -update "$work/extra.gpkg" "$work/mexico_land.shp" -nln roads || failed "ogr2ogr GeoPackage"
err="$(render none --basemap "$work/extra.gpkg" 2>&1)"
code=$?
[ $code -eq 1 ] && grep -q "extra.gpkg: layer 'roads': no map layer takes it" <<<"$err" || failed "unknown layer -> $code: $err"
[ ! -e "$work/none.png" ] || failed "a failed render leaves no file"
err="$("$app" render "$trip" -o "$work/none.png" --basemap 2>&1)"
code=$?
[ $code -eq 2 ] || failed "--basemap without a value -> $code: $err"

finish "basemap option"

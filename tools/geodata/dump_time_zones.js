// Dumps geo-tz's "alike since 1970" time-zone boundaries (timezone-boundary-builder) to
// GeoJSON lines, one feature per quadtree piece: {"tzid": ...} and its polygon in lon/lat.
// Usage: node dump_time_zones.js GEO_TZ_DIR OUT.geojsonl   (GEO_TZ_DIR = node_modules/geo-tz)
'use strict';
const fs = require('fs');
const path = require('path');

const [geoTzDir, outPath] = process.argv.slice(2);
if (!geoTzDir || !outPath) {
  console.error('usage: node dump_time_zones.js GEO_TZ_DIR OUT.geojsonl');
  process.exit(2);
}
// geo-tz's own dependencies decode its pieces
const requireFromGeoTz = (name) => require(require.resolve(name, { paths: [geoTzDir] }));
const geobuf = requireFromGeoTz('geobuf');
const Pbf = requireFromGeoTz('pbf');
const Pbf_ = Pbf.default || Pbf;

const index = JSON.parse(fs.readFileSync(path.join(geoTzDir, 'data/timezones-1970.geojson.index.json')));
const dat = fs.openSync(path.join(geoTzDir, 'data/timezones-1970.geojson.geo.dat'), 'r');
const out = fs.openSync(outPath, 'w');
let pieces = 0;

function write(tzid, geometry) {
  fs.writeSync(out, JSON.stringify({ type: 'Feature', properties: { tzid }, geometry }) + '\n');
  pieces++;
}

// The quadtree's quadrants, as geo-tz's find() splits them: a NE, b NW, c SW, d SE.
function walk(node, box) {
  if (!node) return;  // no zone here: the open sea
  if (Array.isArray(node)) {  // the whole quadrant is one zone (the first where zones overlap)
    const [w, s, e, n] = box;
    write(index.timezones[node[0]], { type: 'Polygon', coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] });
    return;
  }
  if (node.pos >= 0 && node.len) {  // exact boundaries of the zones in this quadrant
    const buf = Buffer.alloc(node.len);
    fs.readSync(dat, buf, 0, node.len, node.pos);
    const fc = geobuf.decode(new Pbf_(buf));
    for (const f of fc.features) write(f.properties.tzid, f.geometry);
    return;
  }
  const [w, s, e, n] = box;
  const midLon = (w + e) / 2, midLat = (s + n) / 2;
  walk(node.a, [midLon, midLat, e, n]);
  walk(node.b, [w, midLat, midLon, n]);
  walk(node.c, [w, s, midLon, midLat]);
  walk(node.d, [midLon, s, e, midLat]);
}

walk(index.lookup, [-179.9999, -89.9999, 179.9999, 89.9999]);
fs.closeSync(out);
console.error(`dump_time_zones.js: ${pieces} pieces`);

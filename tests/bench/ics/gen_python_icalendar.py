#!/usr/bin/python3
"""Competitor benchmark: python3-icalendar builds and serialises N Companion sessions.

Usage: /usr/bin/python3 tests/bench/ics/gen_python_icalendar.py N REPEAT [OUT_PREFIX]

Prints one JSON line {"tool", "version", "events", "median_ms", "bytes"}. Each timed
run builds the Calendar with N events in memory and serialises it to bytes (no process
start, no file writing). With OUT_PREFIX it also writes OUT_PREFIX.ics (last run) and
OUT_PREFIX.json (the events in tests/ical/check_ics.* EXPECTED form), outside timing.

Event content is derived from the index i by the same rules as gen_ical_generator.mjs
and the C++ writer's benchmark (see session() below).
"""
import json
import statistics
import sys
import time
from datetime import datetime, timedelta

import icalendar
import pytz  # icalendar 4.x takes the TZID from a pytz zone's .zone; zoneinfo would give "CET"

ZONES = ["Europe/Berlin", "America/New_York", "Asia/Kathmandu", "Australia/Lord_Howe"]
BASE = datetime(2026, 1, 5, 8, 0, tzinfo=pytz.utc)
STAMP = datetime(2026, 1, 1, tzinfo=pytz.utc)
DESCRIPTION = "Taught by Jonas Weber\nStudents: Ana, Ben, Chloé\nSeats: 3 of 6\nYour share: €42.00"


def session(i):
    """The deterministic content of session i (UTC start/end, zone, texts)."""
    start = BASE + timedelta(hours=3 * i)
    return {"uid": f"ses_{i}@demo.companion.test", "zone": ZONES[i % 4],
            "start": start, "end": start + timedelta(minutes=60),
            "summary": f"Course {i % 37}: Spanish, conversation; level B1",
            "url": f"https://demo.companion.test/sessions/ses_{i}",
            "status": "CANCELLED" if i % 17 == 16 else "CONFIRMED", "sequence": i % 3}


def vtimezone(name, lo, hi):
    """VTIMEZONE for [lo, hi] from pytz's transition table.

    icalendar 4.0.3 cannot derive one from a tzinfo (6.x has Timezone.from_tzinfo), so
    this writes the offset in force at lo plus one observance per transition inside."""
    tz = pytz.timezone(name)
    vtz = icalendar.Timezone()
    vtz.add("tzid", name)
    points = [lo] + [pytz.utc.localize(t) for t in getattr(tz, "_utc_transition_times", [])
                     if lo < pytz.utc.localize(t) <= hi]
    for t in points:
        after = t.astimezone(tz)
        before = after.utcoffset() if t == lo else (t - timedelta(seconds=1)).astimezone(tz).utcoffset()
        obs = icalendar.TimezoneDaylight() if after.dst() else icalendar.TimezoneStandard()
        obs.add("tzname", after.tzname())
        obs.add("tzoffsetfrom", before)
        obs.add("tzoffsetto", after.utcoffset())
        obs.add("dtstart", (t + before).replace(tzinfo=None))  # local time before the change
        vtz.add_component(obs)
    return vtz


def build(n):
    cal = icalendar.Calendar()
    cal.add("prodid", "-//Companion//Companion 0.1//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("name", "Companion — Maya Lindqvist")
    cal.add("x-wr-calname", "Companion — Maya Lindqvist")
    cal.add("x-wr-timezone", "Europe/Berlin")
    ttl = icalendar.vDuration(timedelta(hours=1))
    ttl.params["VALUE"] = "DURATION"  # add(parameters=) is ignored for pre-typed values
    cal.add("refresh-interval", ttl)
    cal.add("x-published-ttl", icalendar.vDuration(timedelta(hours=1)))
    sessions = [session(i) for i in range(n)]
    if sessions:
        lo, hi = sessions[0]["start"], sessions[-1]["end"]
        for name in sorted({s["zone"] for s in sessions}):
            cal.add_component(vtimezone(name, lo, hi))
    for s in sessions:
        zone = pytz.timezone(s["zone"])
        ev = icalendar.Event()
        ev.add("uid", s["uid"])
        ev.add("dtstamp", STAMP)
        ev.add("last-modified", STAMP)
        ev.add("dtstart", s["start"].astimezone(zone))  # pytz-aware -> ;TZID=<zone>
        ev.add("dtend", s["end"].astimezone(zone))
        ev.add("summary", s["summary"])
        ev.add("description", DESCRIPTION)
        ev.add("location", s["url"])
        ev.add("url", s["url"])
        ev.add("status", s["status"])
        ev.add("categories", ["Teaching"])  # a bare str would be split into letters
        ev.add("sequence", s["sequence"])
        cal.add_component(ev)
    return cal.to_ical()


def expected(n):
    iso = lambda d: d.strftime("%Y-%m-%dT%H:%M:%SZ")
    return [{"uid": s["uid"], "summary": s["summary"], "status": s["status"], "tzid": s["zone"],
             "start": iso(s["start"]), "end": iso(s["end"]), "sequence": s["sequence"]}
            for s in map(session, range(n))]


def main():
    if len(sys.argv) not in (3, 4):
        sys.exit("usage: gen_python_icalendar.py N REPEAT [OUT_PREFIX]")
    n, repeat = int(sys.argv[1]), int(sys.argv[2])
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        data = build(n)
        times.append((time.perf_counter() - t0) * 1000)
    if len(sys.argv) == 4:
        with open(sys.argv[3] + ".ics", "wb") as f:
            f.write(data)
        with open(sys.argv[3] + ".json", "w", encoding="utf-8") as f:
            json.dump(expected(n), f, ensure_ascii=False, indent=1)
    print(json.dumps({"tool": "python3-icalendar", "version": icalendar.__version__, "events": n,
                      "median_ms": round(statistics.median(times), 1), "bytes": len(data)}))


if __name__ == "__main__":
    main()

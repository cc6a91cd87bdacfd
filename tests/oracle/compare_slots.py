#!/usr/bin/python3
"""Compare the C++ slot engine (companion-cli slots --batch) with slot_oracle.py.

Generates reproducible random cases (--seed) over every IANA zone that has ever had DST
or a UTC offset that is not a whole hour, with date ranges that cross that zone's
transitions in 2024-2035, plus a block of cap cases (max per day/week) over a whole ISO
week that contains a DST change, with a viewer zone different from the teacher's.
Runs both implementations on the same batch file and requires 0 mismatches.
"""

import argparse
import datetime as dt
import json
import os
import random
import subprocess
import sys
import tempfile
import zoneinfo

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import slot_oracle  # noqa: E402

UTC = dt.timezone.utc


def interesting_zones():
    """Zones whose offset ever changed (DST or rule changes) or was not a whole hour.

    Probes four times a year from 1880 on, so local mean time (almost always a non-hour
    offset) counts too: in practice every geographic zone qualifies; Etc/* and UTC do not.
    """
    probes = [dt.datetime(y, m, 15, 12, tzinfo=UTC) for y in range(1880, 2036) for m in (1, 4, 7, 10)]
    result = []
    for name in sorted(zoneinfo.available_timezones()):
        if name.startswith(("Etc/", "SystemV/")) or name in ("Factory", "localtime"):
            continue
        try:
            zone = zoneinfo.ZoneInfo(name)
        except Exception:
            continue
        offsets = {p.astimezone(zone).utcoffset() for p in probes}
        if len(offsets) > 1 or any(o.total_seconds() % 3600 for o in offsets):
            result.append(name)
    return result


def transitions_in_year(zone, year):
    """UTC instants (epoch seconds) where the zone's offset changes during `year`."""
    out = []
    t = int(dt.datetime(year, 1, 1, tzinfo=UTC).timestamp())
    end = int(dt.datetime(year + 1, 1, 1, tzinfo=UTC).timestamp())
    off = lambda s: dt.datetime.fromtimestamp(s, zone).utcoffset()  # noqa: E731
    prev = off(t)
    while t < end:
        nxt = t + 86400
        cur = off(nxt)
        if cur != prev:
            lo, hi = t, nxt  # offset differs between lo and hi: bisect to the second
            while hi - lo > 1:
                mid = (lo + hi) // 2
                if off(mid) == prev:
                    lo = mid
                else:
                    hi = mid
            out.append(hi)
            prev = cur
        t = nxt
    return out


def crosses_transition(case):
    """Whether the teacher zone's UTC offset changes inside the case's date range."""
    zone = zoneinfo.ZoneInfo(case["schedule"]["time_zone"])
    first = dt.date.fromisoformat(case["from"])
    last = dt.date.fromisoformat(case["to"]) + dt.timedelta(days=1)
    t0 = slot_oracle.to_instant(zone, first, 0)
    t1 = slot_oracle.to_instant(zone, last, 0)
    off = lambda t: dt.datetime.fromtimestamp(t, zone).utcoffset()  # noqa: E731
    return any(off(t) != off(t0) for t in range(t0, t1 + 1, 3600))


def jitter_ms(rng):
    """Mostly whole seconds; sometimes a millisecond or half a second either side."""
    return rng.choice([0, 0, 0, 0, 0, 1, -1, 500, -500, 999, rng.randrange(1, 1000)])


def instant_text(rng, ms):
    """Wire text of an instant, now and then with sub-millisecond digits (which the parser
    must cut off) or in a numeric offset."""
    text = slot_oracle.rfc3339_utc_ms(ms)
    r = rng.random()
    if r < 0.1:
        text = text[:19] + ".%03d%s" % (ms % 1000, "".join(rng.choice("0123456789")
                                                           for _ in range(rng.randint(1, 6)))) + "Z"
    elif r < 0.2:
        off = rng.choice([-9 * 60 - 30, -5 * 60, 60, 5 * 60 + 45, 13 * 60])
        local = slot_oracle.EPOCH + dt.timedelta(milliseconds=ms + off * 60000)
        frac = ".%03d" % (ms % 1000) if ms % 1000 or rng.random() < 0.3 else ""
        sign = "-" if off < 0 else "+"
        text = local.strftime("%Y-%m-%dT%H:%M:%S") + frac + "%s%02d:%02d" % (sign, abs(off) // 60, abs(off) % 60)
    return text


def hhmm(minute):
    return "%02d:%02d" % (minute // 60, minute % 60)


def random_interval(rng, focus_minutes):
    """A [start, end) wall-clock interval, often touching the transition's local time."""
    pool = [0, 30, 60, 90, 120, 150, 165, 180, 210, 240, 480, 540, 720, 1020, 1320, 1380, 1410, 1440]
    pool += focus_minutes
    while True:
        if rng.random() < 0.6:
            a, b = rng.choice(pool), rng.choice(pool)
        else:
            a, b = rng.randrange(0, 1441, 5), rng.randrange(0, 1441, 5)
        a, b = min(a, b), max(a, b)
        if a < b:
            return {"start": hhmm(a), "end": hhmm(b)}


def zones_with_dst_now(zones):
    """The subset that still changes offset between January and July in 2024-2035."""
    out = []
    for name in zones:
        zone = zoneinfo.ZoneInfo(name)
        if any(dt.datetime(y, 1, 15, tzinfo=UTC).astimezone(zone).utcoffset()
               != dt.datetime(y, 7, 15, tzinfo=UTC).astimezone(zone).utcoffset() for y in range(2024, 2036)):
            out.append(name)
    return out


def make_case(rng, zones, caps_week=False, dst_zones=None):
    # Most cases go to zones that still have DST, so most ranges cross a transition.
    zone_name = rng.choice(dst_zones if dst_zones and rng.random() < 0.7 else zones)
    zone = zoneinfo.ZoneInfo(zone_name)
    year = rng.randint(2024, 2035)
    trans = transitions_in_year(zone, year)
    focus_minutes = []
    if trans and rng.random() < 0.9:
        t = rng.choice(trans)
        local = dt.datetime.fromtimestamp(t - 1, zone)  # wall clock just before the jump
        centre = local.date()
        m = local.hour * 60 + local.minute + 1
        off_change = int((dt.datetime.fromtimestamp(t, zone).utcoffset()
                          - local.utcoffset()).total_seconds()) // 60
        for delta in (0, off_change, -abs(off_change), abs(off_change) // 2, 15, -15):
            v = m + delta
            if 0 <= v <= 1440:
                focus_minutes.append(v - v % 5)
    else:
        centre = dt.date(year, 1, 1) + dt.timedelta(days=rng.randrange(365))

    if caps_week:
        first = centre - dt.timedelta(days=centre.isoweekday() - 1 + rng.randint(0, 1))
        last = first + dt.timedelta(days=rng.randint(7, 9))
    else:
        first = centre - dt.timedelta(days=rng.randint(0, 3))
        last = max(first + dt.timedelta(days=rng.randint(0, 9)), centre + dt.timedelta(days=rng.randint(0, 1)))

    weekly = []
    for _ in range(rng.randint(1, 9)):
        iv = random_interval(rng, focus_minutes)
        iv["day"] = rng.randint(1, 7) if rng.random() < 0.7 else centre.isoweekday()
        weekly.append(iv)
    overrides = []
    for _ in range(rng.choice([0, 0, 1, 2])):
        d = first + dt.timedelta(days=rng.randint(-2, (last - first).days + 2))
        ivs = [] if rng.random() < 0.3 else [random_interval(rng, focus_minutes) for _ in range(rng.randint(1, 3))]
        overrides.append({"date": d.isoformat(), "intervals": ivs})
    blocks = []
    if rng.random() < 0.15:
        d = first + dt.timedelta(days=rng.randint(0, (last - first).days))
        blocks.append({"start_date": d.isoformat(), "end_date": (d + dt.timedelta(days=rng.randint(0, 2))).isoformat()})
    schedule = {"id": "sch", "name": "random", "time_zone": zone_name, "weekly": weekly,
                "overrides": overrides, "blocks": blocks}

    duration = rng.choice([15, 20, 25, 30, 45, 50, 60, 90, 120])
    offering = {"id": "off", "duration_minutes": duration,
                "slot_interval_minutes": rng.choice([None, None, 5, 10, 15, 20, 25, 30, 45, 60, 90]),
                "buffer_before_minutes": rng.choice([0, 0, 5, 10, 15, 30]),
                "buffer_after_minutes": rng.choice([0, 0, 5, 10, 15, 30]),
                "minimum_notice_minutes": rng.choice([0, 0, 60, 120, 600, 1440, 2880]),
                "booking_window_days": rng.choice([None, None, 0, 1, 3, 7, 30]),
                "max_per_day": rng.choice([None, None, 0, 1, 2, 3]),
                "max_per_week": rng.choice([None, None, 1, 2, 4, 8]),
                "seats": rng.choice([1, 1, 2, 4]), "price_cents": 4500, "currency": "EUR"}
    if caps_week:
        offering["max_per_day"] = rng.choice([1, 2, 3])
        offering["max_per_week"] = rng.choice([2, 3, 5, 8])
        offering["booking_window_days"] = None
        offering["minimum_notice_minutes"] = 0

    # Sessions: some on the rule grid (to exercise seats), some anywhere.
    sessions = []
    span_days = (last - first).days + 6
    for i in range(rng.randint(0, 12 if caps_week else 8)):
        base_day = first - dt.timedelta(days=3) + dt.timedelta(days=rng.randint(0, span_days))
        if weekly and rng.random() < 0.6:
            rule = rng.choice(weekly)
            minute = int(rule["start"][:2]) * 60 + int(rule["start"][3:])
            step = offering["slot_interval_minutes"] or duration
            minute += step * rng.randint(0, 3)
            minute = min(minute, 1440)
            start = slot_oracle.to_instant(zone, base_day, minute)
        else:
            start = slot_oracle.to_instant(zone, base_day, rng.randrange(0, 1440, 15))
        length = rng.choice([duration, duration, 30, 60, 90])
        seats = rng.choice([None, None, 1, 2, 3])
        start_ms = start * 1000 + jitter_ms(rng)
        end_ms = (start + length * 60) * 1000 + jitter_ms(rng)
        s = {"id": "ses%d" % i, "offering_id": "off" if rng.random() < 0.7 else "other",
             "start": instant_text(rng, start_ms), "end": instant_text(rng, end_ms),
             "status": "cancelled" if rng.random() < 0.1 else "scheduled",
             "buffer_before_minutes": rng.choice([0, 0, 5, 10]), "buffer_after_minutes": rng.choice([0, 0, 5, 10])}
        if seats is not None:
            s["seats"] = seats
        if rng.random() < 0.7:
            s["booked_seats"] = rng.randint(0, 3)
        sessions.append(s)

    if rng.random() < 0.03:  # an offering without id never owns sessions (not even id-less ones)
        offering["id"] = ""
        for s in sessions:
            s["offering_id"] = rng.choice(["", "other"])

    start_instant = slot_oracle.to_instant(zone, first, 0)
    now = start_instant + rng.randint(-3 * 86400, 2 * 86400)
    now -= now % 60
    now_ms = now * 1000 + jitter_ms(rng)
    viewer = None
    if caps_week or rng.random() < 0.5:
        viewer = rng.choice(zones + ["UTC"])
        while caps_week and viewer == zone_name:
            viewer = rng.choice(zones)
    case = {"schedule": schedule, "offering": offering, "busy": {"sessions": sessions},
            "from": first.isoformat(), "to": last.isoformat(), "now": instant_text(rng, now_ms)}
    if viewer:
        case["tz"] = viewer
    return case


NIGHT_ZONES = ["Europe/London", "America/New_York"]


def make_night_case(rng, zones, dst_zones):
    """Availability across local midnight: rules ending 24:00 and starting 00:00 the next
    day, overrides on one side of midnight, vacations cutting a night, DST nights (mostly
    Europe/London and America/New_York), caps, and now and then 24/7 availability."""
    zone_name = rng.choice(NIGHT_ZONES) if rng.random() < 0.6 else rng.choice(dst_zones)
    zone = zoneinfo.ZoneInfo(zone_name)
    year = rng.randint(2024, 2035)
    trans = transitions_in_year(zone, year)
    if trans and rng.random() < 0.7:
        centre = dt.datetime.fromtimestamp(rng.choice(trans) - 1, zone).date() + dt.timedelta(
            days=rng.choice([-1, 0, 0, 1]))
    else:
        centre = dt.date(year, 1, 1) + dt.timedelta(days=rng.randrange(365))
    first = centre - dt.timedelta(days=rng.randint(0, 3))
    last = first + dt.timedelta(days=rng.randint(0, 12))

    weekly = []
    always = rng.random() < 0.12
    if always:
        weekly = [{"day": d, "start": "00:00", "end": "24:00"} for d in range(1, 8)]
    for _ in range(rng.randint(1, 5)):
        day = rng.randint(1, 7)
        late = rng.choice([1080, 1200, 1260, 1320, 1380, 1410, 1425, 1435])
        early = rng.choice([5, 15, 30, 60, 90, 120, 180, 240])
        weekly.append({"day": day, "start": hhmm(late), "end": "24:00"})
        if rng.random() < 0.85:
            weekly.append({"day": day % 7 + 1, "start": "00:00", "end": hhmm(early)})
        if rng.random() < 0.3:
            weekly.append(random_interval(rng, []))
            weekly[-1]["day"] = rng.randint(1, 7)
    overrides = []
    for _ in range(rng.choice([0, 1, 1, 2, 3])):
        d = first + dt.timedelta(days=rng.randint(-3, (last - first).days + 2))
        kind = rng.random()
        if kind < 0.25:
            ivs = []
        elif kind < 0.55:
            ivs = [{"start": hhmm(rng.choice([1200, 1320, 1380, 1410])), "end": "24:00"}]
        elif kind < 0.85:
            ivs = [{"start": "00:00", "end": hhmm(rng.choice([30, 60, 120, 150, 180]))}]
        else:
            ivs = [{"start": "00:00", "end": "24:00"}]
        overrides.append({"date": d.isoformat(), "intervals": ivs})
    blocks = []
    if rng.random() < 0.3:
        d = first + dt.timedelta(days=rng.randint(-1, (last - first).days + 1))
        blocks.append({"start_date": d.isoformat(),
                       "end_date": (d + dt.timedelta(days=rng.randint(0, 2))).isoformat()})
    schedule = {"id": "sch", "name": "night", "time_zone": zone_name, "weekly": weekly,
                "overrides": overrides, "blocks": blocks}

    duration = rng.choice([30, 45, 60, 90, 90, 120, 180, 240] + ([600, 1440, 2000] if always else []))
    offering = {"id": "off", "duration_minutes": duration,
                "slot_interval_minutes": rng.choice([None, 5, 15, 25, 30, 30, 45, 60, 70]),
                "buffer_before_minutes": rng.choice([0, 0, 10]), "buffer_after_minutes": rng.choice([0, 0, 10]),
                "minimum_notice_minutes": rng.choice([0, 0, 60]),
                "booking_window_days": rng.choice([None, None, 30]),
                "max_per_day": rng.choice([None, None, 1, 2]), "max_per_week": rng.choice([None, None, 2, 4]),
                "seats": rng.choice([1, 1, 2]), "price_cents": 4500, "currency": "EUR"}
    sessions = []
    for i in range(rng.randint(0, 8)):
        base_day = first - dt.timedelta(days=3) + dt.timedelta(days=rng.randint(0, (last - first).days + 6))
        minute = rng.choice([1320, 1380, 1410, 1425, 0, 30, 60]) if rng.random() < 0.7 \
            else rng.randrange(0, 1440, 15)
        start = slot_oracle.to_instant(zone, base_day, minute)
        length = rng.choice([duration, duration, 30, 90])
        s = {"id": "ses%d" % i, "offering_id": "off" if rng.random() < 0.7 else "other",
             "start": instant_text(rng, start * 1000 + jitter_ms(rng)),
             "end": instant_text(rng, (start + length * 60) * 1000 + jitter_ms(rng)),
             "status": "cancelled" if rng.random() < 0.1 else "scheduled"}
        if rng.random() < 0.5:
            s["booked_seats"] = rng.randint(0, 2)
        sessions.append(s)
    now = slot_oracle.to_instant(zone, first, 0) + rng.randint(-3 * 86400, 86400)
    now -= now % 60
    case = {"schedule": schedule, "offering": offering, "busy": {"sessions": sessions},
            "from": first.isoformat(), "to": last.isoformat(), "now": instant_text(rng, now * 1000 + jitter_ms(rng))}
    if rng.random() < 0.5:
        case["tz"] = rng.choice(zones + ["UTC"])
    return case


def sub_cases(rng, cases, count):
    """(index of a case, one-date copy of it): rule 3 must not depend on the query's dates."""
    out = []
    multi = [i for i, c in enumerate(cases) if c["from"] != c["to"]]
    for i in rng.sample(multi, min(count, len(multi))):
        case = cases[i]
        first = dt.date.fromisoformat(case["from"])
        span = (dt.date.fromisoformat(case["to"]) - first).days
        d = (first + dt.timedelta(days=rng.randint(0, span))).isoformat()
        out.append((i, dict(case, **{"from": d, "to": d})))
    return out


def restrict(result, date):
    if "error" in result:
        return result
    return dict(result, slots=[s for s in result["slots"] if s["local_date"] == date])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", required=True, help="companion-cli executable")
    parser.add_argument("--cases", type=int, default=2000)
    parser.add_argument("--cap-cases", type=int, default=300)
    parser.add_argument("--night-cases", type=int, default=None, help="default: a quarter of --cases")
    parser.add_argument("--sub-cases", type=int, default=None, help="default: a tenth of --cases")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", help="write the batch file here")
    args = parser.parse_args()

    rng = random.Random(args.seed)
    zones = interesting_zones()
    dst_zones = zones_with_dst_now(zones)
    cases = [make_case(rng, zones, dst_zones=dst_zones) for _ in range(args.cases)]
    cases += [make_case(rng, zones, caps_week=True, dst_zones=dst_zones) for _ in range(args.cap_cases)]
    night_cases = args.cases // 4 if args.night_cases is None else args.night_cases
    cases += [make_night_case(rng, zones, dst_zones) for _ in range(night_cases)]
    subs = sub_cases(rng, cases, args.cases // 10 if args.sub_cases is None else args.sub_cases)
    main_count = len(cases)
    cases += [sub for _, sub in subs]

    with tempfile.TemporaryDirectory() as tmp:
        path = args.keep or os.path.join(tmp, "cases.json")
        with open(path, "w") as f:
            json.dump(cases, f)
        proc = subprocess.run([args.cli, "slots", "--batch", path], capture_output=True, text=True)
        if proc.returncode != 0:
            print("CLI failed (%d): %s" % (proc.returncode, proc.stderr), file=sys.stderr)
            return 1
        cpp = json.loads(proc.stdout)
    py = [slot_oracle.run_case(c) for c in cases]
    crossing = sum(1 for c in cases[:main_count] if crosses_transition(c))

    # The same date asked alone or inside a longer range gives the same slots, on both sides.
    sub_mismatches = 0
    for k, (i, sub) in enumerate(subs):
        for name, results in (("C++", cpp), ("Python", py)):
            if results[main_count + k] != restrict(results[i], sub["from"]):
                sub_mismatches += 1
                if sub_mismatches <= 5:
                    print("SUB-RANGE MISMATCH (%s) case %d (zone %s, %s..%s) on %s" % (
                        name, i, cases[i]["schedule"]["time_zone"], cases[i]["from"], cases[i]["to"],
                        sub["from"]))

    mismatches = 0
    slot_total = 0
    errors = 0
    for i, (a, b) in enumerate(zip(cpp, py)):
        if "error" in a or "error" in b:
            errors += 1
            same = "error" in a and "error" in b
        else:
            same = a == b
            slot_total += len(b["slots"])
        if not same:
            mismatches += 1
            if mismatches <= 5:
                print("MISMATCH case %d (zone %s, tz %s, %s..%s)" % (
                    i, cases[i]["schedule"]["time_zone"], cases[i].get("tz"), cases[i]["from"], cases[i]["to"]))
                sa = {s["start"]: s for s in a.get("slots", [])}
                sb = {s["start"]: s for s in b.get("slots", [])}
                print("  only C++:", [sa[k] for k in sorted(set(sa) - set(sb))][:4])
                print("  only Python:", [sb[k] for k in sorted(set(sb) - set(sa))][:4])
                print("  differ:", [(sa[k], sb[k]) for k in sorted(set(sa) & set(sb)) if sa[k] != sb[k]][:2])
                if "error" in a or "error" in b:
                    print("  errors:", a.get("error"), "|", b.get("error"))
    cap_cases = args.cap_cases
    print("zones: %d (%d with DST in 2024-2035); cases: %d (%d cap-week cases, teacher zone != viewer zone; "
          "%d night cases; %d ranges cross a UTC offset change) + %d one-date sub-range cases; "
          "slots compared: %d; invalid-input cases: %d; mismatches: %d; sub-range mismatches: %d" % (
              len(zones), len(dst_zones), main_count, cap_cases, night_cases, crossing, len(subs), slot_total,
              errors, mismatches, sub_mismatches))
    return 0 if mismatches == 0 and sub_mismatches == 0 else 1


if __name__ == "__main__":
    sys.exit(main())

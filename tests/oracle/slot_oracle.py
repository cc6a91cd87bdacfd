#!/usr/bin/python3
"""Independent Python implementation of the slot rules (the spec in models/SlotCalculator.h).

Written from the rules, not from the C++ code: local times become instants through
zoneinfo with fold=0 (PEP 495), which gives exactly RFC 5545 §3.3.5 — a time in a gap is
read with the offset from before the gap (so it moves forward by the gap), an ambiguous
time is its first occurrence. Everything else is deliberately brute force (linear scans)
so that it shares no cleverness with the C++ engine.

Usage as a program: slot_oracle.py --batch FILE  -> prints a JSON array of results,
the same shape as `companion-cli slots --batch FILE`.
"""

import datetime as dt
import json
import re
import sys
import zoneinfo

UTC = dt.timezone.utc
EPOCH = dt.datetime(1970, 1, 1, tzinfo=UTC)


class InputError(Exception):
    pass


def parse_hhmm(text):
    m = re.fullmatch(r"(\d\d):(\d\d)", text or "")
    if not m:
        raise InputError("bad time %r" % text)
    h, mi = int(m.group(1)), int(m.group(2))
    if mi > 59 or h > 24 or (h == 24 and mi):
        raise InputError("bad time %r" % text)
    return h * 60 + mi


def parse_date(text):
    if not isinstance(text, str) or not re.fullmatch(r"\d{4}-\d\d-\d\d", text):
        raise InputError("bad date %r" % text)
    return dt.date.fromisoformat(text)


def parse_instant(text):
    """RFC 3339 -> epoch milliseconds. A fraction of 1-9 digits keeps its first three
    (sub-millisecond digits are cut off, i.e. toward the past); more digits are an error."""
    m = re.fullmatch(r"(\d{4}-\d\d-\d\d)[Tt ](\d\d):(\d\d)(?::(\d\d)(?:\.(\d{1,9}))?)?([Zz]|[+-]\d\d:\d\d)",
                     text or "")
    if not m:
        raise InputError("bad instant %r" % text)
    tz = m.group(6)
    offset = 0 if tz in ("Z", "z") else (1 if tz[0] == "+" else -1) * (int(tz[1:3]) * 3600 + int(tz[4:6]) * 60)
    d = dt.date.fromisoformat(m.group(1))
    h, mi, sec = int(m.group(2)), int(m.group(3)), int(m.group(4) or 0)
    if h > 23 or mi > 59 or sec > 59 or (tz not in ("Z", "z") and (int(tz[1:3]) > 23 or int(tz[4:6]) > 59)):
        raise InputError("bad instant %r" % text)
    seconds = (d - dt.date(1970, 1, 1)).days * 86400 + h * 3600 + mi * 60 + sec - offset
    return seconds * 1000 + int(((m.group(5) or "") + "000")[:3])


def load_zone(name):
    try:
        return zoneinfo.ZoneInfo(name)
    except Exception:
        raise InputError("unknown zone %r" % name)


def to_instant(zone, date, minute):
    """Wall-clock (date, minute of day; 1440 = next midnight) -> epoch seconds."""
    if minute == 1440:
        date, minute = date + dt.timedelta(days=1), 0
    local = dt.datetime(date.year, date.month, date.day, minute // 60, minute % 60, tzinfo=zone, fold=0)
    return int((local - EPOCH).total_seconds())


def to_instant_ms(zone, date, minute):
    return to_instant(zone, date, minute) * 1000


def local_of(zone, t):
    return dt.datetime.fromtimestamp(t, zone)


def local_of_ms(zone, t):
    return (EPOCH + dt.timedelta(milliseconds=t)).astimezone(zone)


def rfc3339_utc(t):
    return dt.datetime.fromtimestamp(t, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _fraction(t):
    return ".%03d" % (t % 1000) if t % 1000 else ""


def rfc3339_utc_ms(t):
    """Wire form: ".sss" only when the millisecond part is not zero."""
    return (EPOCH + dt.timedelta(milliseconds=t)).strftime("%Y-%m-%dT%H:%M:%S") + _fraction(t) + "Z"


def rfc3339_local_ms(zone, t):
    local = local_of_ms(zone, t)
    off = int(local.utcoffset().total_seconds()) // 60
    sign = "-" if off < 0 else "+"
    off = abs(off)
    return local.strftime("%Y-%m-%dT%H:%M:%S") + _fraction(t) + "%s%02d:%02d" % (sign, off // 60, off % 60)


def day_intervals(schedule, date):
    """Wall-clock intervals (minutes) for a schedule-local date: block > override > weekly."""
    for first, last in schedule["blocks"]:
        if first <= date <= last:
            return []
    chosen = [iv for d, ivs in schedule["overrides"] if d == date for iv in ivs]
    if not any(d == date for d, _ in schedule["overrides"]):
        chosen = [(s, e) for day, s, e in schedule["weekly"] if day == date.isoweekday()]
    return sorted(chosen)


def merge(intervals):
    out = []
    for s, e in sorted(intervals):
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return out


def joined_ranges(sched, first_day, last_day):
    """Rule 1: converted intervals of the dates [first_day, last_day], pooled and merged."""
    pieces = []
    day = first_day
    while day <= last_day:
        for s, e in merge(day_intervals(sched, day)):
            a, b = to_instant_ms(sched["zone"], day, s), to_instant_ms(sched["zone"], day, e)
            if b > a:
                pieces.append((a, b))
        day += dt.timedelta(days=1)
    return [tuple(r) for r in merge(pieces)]


def restart_points(zone, a, b):
    """Rule 2's extra anchors: Monday midnights in (a, b) whose previous 7 days are in [a, b)."""
    out = []
    day = local_of_ms(zone, a).date()
    while True:
        midnight = to_instant_ms(zone, day, 0)
        if midnight >= b:
            return out
        if day.isoweekday() == 1 and midnight > a and to_instant_ms(zone, day - dt.timedelta(days=7), 0) >= a:
            out.append(midnight)
        day += dt.timedelta(days=1)


def parse_schedule(js):
    if not isinstance(js, dict) or not js.get("time_zone"):
        raise InputError("schedule")
    sched = {"zone": load_zone(js["time_zone"]), "zone_name": js["time_zone"], "weekly": [], "overrides": [], "blocks": []}
    for r in js.get("weekly") or []:
        s, e = parse_hhmm(r.get("start")), parse_hhmm(r.get("end"))
        if s >= e or r.get("day") not in range(1, 8):
            raise InputError("weekly rule")
        sched["weekly"].append((r["day"], s, e))
    for o in js.get("overrides") or []:
        ivs = []
        for iv in o["intervals"]:
            s, e = parse_hhmm(iv.get("start")), parse_hhmm(iv.get("end"))
            if s >= e:
                raise InputError("override interval")
            ivs.append((s, e))
        sched["overrides"].append((parse_date(o.get("date")), ivs))
    for b in js.get("blocks") or []:
        first, last = parse_date(b.get("start_date")), parse_date(b.get("end_date"))
        if last < first:
            raise InputError("block")
        sched["blocks"].append((first, last))
    return sched


def parse_offering(js):
    def opt(key):
        v = js.get(key)
        return None if v is None else int(v)
    duration = int(js["duration_minutes"])
    return {
        "id": js.get("id", ""),
        "duration": duration * 60000,
        "interval": (opt("slot_interval_minutes") or duration) * 60000,
        "before": (opt("buffer_before_minutes") or 0) * 60000,
        "after": (opt("buffer_after_minutes") or 0) * 60000,
        "notice": (opt("minimum_notice_minutes") or 0) * 60000,
        "window_days": opt("booking_window_days"),
        "max_day": opt("max_per_day"),
        "max_week": opt("max_per_week"),
        "seats": opt("seats") or 1,
    }


def parse_busy(js):
    if js is None:
        return []
    items = js["sessions"] if isinstance(js, dict) else js
    out = []
    for s in items:
        start, end = parse_instant(s.get("start")), parse_instant(s.get("end"))
        if end <= start:
            raise InputError("session")
        out.append({
            "id": s.get("id", ""),
            "offering_id": s.get("offering_id", ""),
            "start": start,
            "end": end,
            "cancelled": s.get("status") == "cancelled",
            "before": (s.get("buffer_before_minutes") or 0) * 60000,
            "after": (s.get("buffer_after_minutes") or 0) * 60000,
            "seats": s.get("seats"),
            "booked": 1 if s.get("booked_seats") is None else s["booked_seats"],
        })
    return out


def compute(schedule_js, offering_js, busy_js, from_text, to_text, now_text, tz_text=None):
    sched = parse_schedule(schedule_js)
    off = parse_offering(offering_js)
    busy = [s for s in parse_busy(busy_js) if not s["cancelled"]]
    first, last = parse_date(from_text), parse_date(to_text)
    now = parse_instant(now_text)
    teacher = sched["zone"]
    viewer = load_zone(tz_text) if tz_text else teacher
    viewer_name = tz_text or sched["zone_name"]
    if first > last:
        raise InputError("range")

    # Candidate starts: the converted intervals of all schedule-local dates pooled and
    # merged (across midnight too), each joined range followed back to its real start.
    duration_days = -(-off["duration"] // 86400000)
    ranges = joined_ranges(sched, first - dt.timedelta(days=2), last + dt.timedelta(days=3 + duration_days))
    # Walk back one date at a time while that date's availability reaches the earliest range
    # (then the range began earlier), at most 400 days: beyond two weeks the Monday restarts
    # of rule 2 make the real start irrelevant, so this only has to go far enough.
    day = first - dt.timedelta(days=3)
    while ranges and day >= first - dt.timedelta(days=400):
        earlier = joined_ranges(sched, day, day)
        if not earlier or earlier[-1][1] < ranges[0][0]:
            break
        ranges = [tuple(r) for r in merge(earlier + ranges)]
        day -= dt.timedelta(days=1)
    # Only starts near the query's dates can survive rule 3 (offsets are within 26 h).
    lo_keep = to_instant_ms(UTC, first, 0) - 2 * 86400000
    hi_keep = to_instant_ms(UTC, last, 1440) + 2 * 86400000
    starts = set()
    for a, b in ranges:
        anchors = [a] + restart_points(teacher, a, b)
        for k, anchor in enumerate(anchors):
            segment_end = anchors[k + 1] if k + 1 < len(anchors) else b
            t = anchor
            while t < segment_end and t + off["duration"] <= b and t < hi_keep:
                if t >= lo_keep:
                    starts.add(t)
                t += off["interval"]

    mine = [s for s in busy if off["id"] and s["offering_id"] == off["id"]]

    def teacher_date(t):
        return local_of_ms(teacher, t).date()

    def capacity(s):
        return s["seats"] if s["seats"] is not None else off["seats"]

    slots = []
    for t in sorted(starts):
        if not (first <= local_of_ms(viewer, t).date() <= last):
            continue
        if t < now + off["notice"]:
            continue
        if off["window_days"] is not None and t > now + off["window_days"] * 86400000:
            continue
        lo, hi = t - off["before"], t + off["duration"] + off["after"]
        own = [s for s in mine if s["start"] == t and s["booked"] < capacity(s)]
        others = [s for s in busy if not any(s is o for o in own)]
        if any(lo < s["end"] + s["after"] and hi > s["start"] - s["before"] for s in others):
            continue
        slot = {"start": rfc3339_utc_ms(t), "end": rfc3339_utc_ms(t + off["duration"]),
                "local_start": rfc3339_local_ms(viewer, t), "local_end": rfc3339_local_ms(viewer, t + off["duration"]),
                "local_date": local_of_ms(viewer, t).date().isoformat(), "seats_available": off["seats"]}
        if own:
            best = sorted(own, key=lambda s: (-(capacity(s) - s["booked"]), s["id"]))[0]
            slot["seats_available"] = capacity(best) - best["booked"]
            slot["session_id"] = best["id"]
        else:
            d = teacher_date(t)
            if off["max_day"] is not None and sum(1 for s in mine if teacher_date(s["start"]) == d) >= off["max_day"]:
                continue
            week = d.isocalendar()[:2]
            if off["max_week"] is not None and \
                    sum(1 for s in mine if teacher_date(s["start"]).isocalendar()[:2] == week) >= off["max_week"]:
                continue
        slots.append(slot)
    return {"time_zone": viewer_name, "schedule_time_zone": sched["zone_name"], "slots": slots}


def run_case(case):
    try:
        return compute(case.get("schedule"), case.get("offering"), case.get("busy"), case.get("from"),
                       case.get("to"), case.get("now"), case.get("tz") or None)
    except (InputError, KeyError, TypeError, ValueError) as e:
        return {"error": str(e)}


def main(argv):
    if len(argv) != 3 or argv[1] != "--batch":
        print("usage: slot_oracle.py --batch FILE", file=sys.stderr)
        return 2
    with open(argv[2]) as f:
        cases = json.load(f)
    json.dump([run_case(c) for c in cases], sys.stdout)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

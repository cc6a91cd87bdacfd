#!/usr/bin/python3
"""Independent checker for Companion's .ics output, built on python3-icalendar.

Usage: /usr/bin/python3 tests/ical/check_ics.py FILE.ics EXPECTED.json

EXPECTED.json is an array of {"uid", "summary", "status", "tzid", "start", "end",
"sequence"}; start/end are UTC instants ("2026-03-29T00:30:00Z"); a null tzid means
the event must be written in UTC ("...Z", no TZID).  Exit 0 and one
summary line when the file holds exactly those events; otherwise every mismatch
goes to stderr and the exit code is 1.

Two layers, the same as check_ics.mjs (the raw layer is duplicated there on
purpose, so each checker stands alone):
  1. raw bytes: CRLF, <= 75 octets per physical line, folds that keep UTF-8 whole,
     required VCALENDAR properties, no "/"-prefixed TZID, DTSTART/DTEND written as
     local time with a TZID (or, where the expected tzid is null, as UTC "...Z").
  2. parsed with python3-icalendar: UID, STATUS, SEQUENCE, TZID, and the local
     DTSTART/DTEND resolved by zone *name* through the system tzdata (zoneinfo);
     SUMMARY is unescaped from the raw line (see check_events for why).
     check_ics.mjs resolves the times through the file's own VTIMEZONEs instead,
     so the two together check both the names and the VTIMEZONE data.
"""
import json
import re
import sys
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

import icalendar

MAX_OCTETS = 75  # RFC 5545 3.1, excluding the CRLF
REQUIRED_CAL = {"PRODID": None, "VERSION": "2.0", "CALSCALE": "GREGORIAN",
                "METHOD": "PUBLISH", "X-WR-CALNAME": None}  # None: any non-empty value
LOCAL_DT = re.compile(r"^\d{8}T\d{6}$")  # local (not UTC, not DATE) DATE-TIME
UTC_DT = re.compile(r"^\d{8}T\d{6}Z$")
PARAM = re.compile(r';([A-Za-z0-9-]+)=("[^"]*"|[^;:]*)')


def unescape_text(s):
    """RFC 5545 3.3.11 TEXT unescape, in one pass."""
    return re.sub(r"\\([\\;,nN])", lambda m: "\n" if m[1] in "nN" else m[1], s)


def split_content_line(line):
    """'NAME;P=v:value' -> (NAME, {P: v}, value); ':' inside quoted params is skipped."""
    in_quote = False
    for i, ch in enumerate(line):
        if ch == '"':
            in_quote = not in_quote
        elif ch == ":" and not in_quote:
            head, value = line[:i], line[i + 1:]
            break
    else:
        head, value = line, ""
    name = re.split(r"[;:]", head, maxsplit=1)[0].upper()
    params = {k.upper(): v.strip('"') for k, v in PARAM.findall(head)}
    return name, params, value


def check_raw(data):
    """Byte-level and content-line checks.

    Returns (errors, raw_events): raw_events is a list of {NAME: raw value} of each
    VEVENT's first property of that name, as written (unfolded, still escaped)."""
    errs = []
    if not data.endswith(b"\r\n"):
        errs.append("file: does not end with CRLF")
    physical = data.split(b"\n")
    if physical[-1] == b"":
        physical.pop()
    logical = []  # unfolded content lines
    for n, raw in enumerate(physical, 1):
        if raw.endswith(b"\r"):
            raw = raw[:-1]
        elif n < len(physical) or data.endswith(b"\n"):
            errs.append(f"line {n}: ends with bare LF, expected CRLF")
        if b"\r" in raw:
            errs.append(f"line {n}: bare CR inside the line")
        if len(raw) > MAX_OCTETS:
            errs.append(f"line {n}: {len(raw)} octets, more than {MAX_OCTETS} (excluding CRLF)")
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError as e:
            errs.append(f"line {n}: not valid UTF-8 on its own ({e.reason} at octet {e.start})"
                        " - a fold split a multi-byte character?")
        if raw[:1] in (b" ", b"\t"):
            if raw[:1] == b"\t":
                errs.append(f"line {n}: continuation line starts with TAB, expected one space")
            if not logical:
                errs.append(f"line {n}: continuation line with nothing to continue")
            else:
                logical[-1] += raw[1:]  # unfold as bytes, decode the whole content line below
        else:
            logical.append(raw)

    stack, cal_props, raw_events = [], {}, []
    for line in logical:
        line = line.decode("utf-8", "replace")
        name, params, value = split_content_line(line)
        if name == "BEGIN":
            stack.append(value.upper())
            if stack[-1] == "VEVENT":
                raw_events.append({})
            continue
        if name == "END":
            if not stack or stack[-1] != value.upper():
                errs.append(f"structure: END:{value} does not close {stack[-1] if stack else 'anything'}")
            else:
                stack.pop()
            continue
        tzids = [params["TZID"]] if "TZID" in params else []
        if name == "TZID":
            tzids.append(value)
        errs += [f"{name}: TZID {t!r} starts with '/' (write the plain IANA name)"
                 for t in tzids if t.startswith("/")]
        if stack == ["VCALENDAR"]:
            cal_props.setdefault(name, value)
        elif stack[-1:] == ["VEVENT"]:
            raw_events[-1].setdefault(name, value)
            # local time with ;TZID=, or UTC for what a TZID cannot express (the second
            # pass of a repeated hour, UTC itself); never floating, never a DATE
            zoned = LOCAL_DT.match(value) if "TZID" in params else UTC_DT.match(value)
            if name in ("DTSTART", "DTEND") and not zoned:
                errs.append(f"{name}: {line!r} is neither local time with ;TZID= nor UTC")
    if stack:
        errs.append(f"structure: unclosed {'/'.join(stack)}")
    for prop, want in REQUIRED_CAL.items():
        got = cal_props.get(prop)
        if not got or (want is not None and got != want):
            errs.append(f"VCALENDAR: {prop} expected {want or 'a value'}, got {got!r}")
    return errs, raw_events


def to_utc(prop, zones_in_file):
    """(tzid or None, 'YYYY-MM-DDTHH:MM:SSZ') for a DTSTART/DTEND, RFC 5545 rules.

    The local time is resolved with zoneinfo and fold=0, which is exactly RFC 5545
    3.3.5: a repeated local time means its first occurrence, a skipped one takes
    the offset before the gap.  (icalendar 4's own pytz localize(is_dst=False)
    would pick the *second* occurrence of a repeated time.)"""
    if prop is None:
        return None, "missing"
    tzid = prop.params.get("TZID")
    dt = prop.dt
    if not isinstance(dt, datetime):
        return tzid, f"not a DATE-TIME ({dt!r})"
    if tzid is None:  # must then be UTC ("...Z"): icalendar gives an aware UTC datetime
        if dt.tzinfo is None or dt.utcoffset():
            return None, f"floating time, no TZID and no Z ({prop.to_ical().decode()})"
        return None, dt.strftime("%Y-%m-%dT%H:%M:%SZ")
    if tzid not in zones_in_file:
        return tzid, f"TZID {tzid!r} has no VTIMEZONE in the file"
    try:
        zone = ZoneInfo(tzid)
    except Exception as e:  # unknown name, absolute path, ...
        return tzid, f"unknown time zone {tzid!r} ({e.__class__.__name__})"
    local = dt.replace(tzinfo=None)
    utc = local.replace(tzinfo=zone, fold=0).astimezone(timezone.utc)
    return tzid, utc.strftime("%Y-%m-%dT%H:%M:%SZ")


def check_events(data, expected, raw_events):
    errs = []
    # SUMMARY is unescaped from the raw content line: icalendar 4.0.3's line splitter
    # already collapses an escaped backslash (two backslashes) to one before its TEXT
    # unescape runs, so a written "C:" + escaped-backslash + "new" comes back with a newline.
    raw_summary = {r.get("UID"): r.get("SUMMARY") for r in raw_events}
    try:
        cal = icalendar.Calendar.from_ical(data)
    except Exception as e:
        return [f"file: python3-icalendar cannot parse it: {e}"], 0
    zones = {str(tz.get("TZID")) for tz in cal.walk("VTIMEZONE")}
    events = {}
    for ev in cal.walk("VEVENT"):
        uid = str(ev.get("UID"))
        if uid in events:
            errs.append(f"{uid}: UID occurs more than once")
        events[uid] = ev
    if len(events) != len(expected) or len(cal.walk("VEVENT")) != len(expected):
        errs.append(f"file: {len(cal.walk('VEVENT'))} VEVENTs, expected {len(expected)}")
    want_uids = {e["uid"] for e in expected}
    errs += [f"{uid}: unexpected event" for uid in sorted(events.keys() - want_uids)]

    for e in expected:
        uid = e["uid"]
        ev = events.get(uid)
        if ev is None:
            errs.append(f"{uid}: event missing")
            continue
        seq = ev.get("SEQUENCE")
        summary = raw_summary.get(uid)
        got = {"summary": None if summary is None else unescape_text(summary),
               "status": None if ev.get("STATUS") is None else str(ev.get("STATUS")),
               "sequence": None if seq is None else int(seq)}
        for key in ("DTSTART", "DTEND"):
            tzid, utc = to_utc(ev.get(key), zones)
            got[f"{key} TZID"], got[key] = tzid, utc
        want = {"summary": e["summary"], "status": e["status"], "sequence": e["sequence"],
                "DTSTART TZID": e.get("tzid"), "DTEND TZID": e.get("tzid"),
                "DTSTART": e["start"], "DTEND": e["end"]}
        errs += [f"{uid}: {k}: expected {want[k]!r}, got {got[k]!r}"
                 for k in want if got[k] != want[k]]
    return errs, len(events)


def tzdata_version():
    try:
        with open("/usr/share/zoneinfo/tzdata.zi") as f:
            return f.readline().split()[-1]
    except OSError:
        return "?"


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: check_ics.py FILE.ics EXPECTED.json")
    with open(sys.argv[1], "rb") as f:
        data = f.read()
    with open(sys.argv[2], encoding="utf-8") as f:
        expected = json.load(f)
    errs, raw_events = check_raw(data)
    event_errs, count = check_events(data, expected, raw_events)
    errs += event_errs
    if errs:
        print("\n".join(errs), file=sys.stderr)
        print(f"python3-icalendar {icalendar.__version__}: {len(errs)} problem(s) in {sys.argv[1]}",
              file=sys.stderr)
        sys.exit(1)
    print(f"python3-icalendar {icalendar.__version__} (zoneinfo, tzdata {tzdata_version()}): "
          f"{count} events ok")


if __name__ == "__main__":
    main()

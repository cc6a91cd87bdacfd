#!/usr/bin/python3
"""Slot engine benchmark: C++ (slots_bench) beside the Python oracle, same inputs, same run.

Workload per zone (the issue's): 90 days, 20 weekly rules, 500 booked sessions; five
teacher zones, viewed from Asia/Tokyo. The 90 days (2025-09-01 .. 2025-11-29) cross the
DST changes of every zone that has one. Prints a Markdown table; with --markdown FILE it
also appends the section to that file (docs/BENCHMARKS.md). Fails if the two
implementations disagree on any slot.
"""

import argparse
import datetime as dt
import json
import os
import platform
import random
import subprocess
import sys
import tempfile
import time
import zoneinfo

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "oracle"))
import slot_oracle  # noqa: E402

ZONES = ["America/New_York", "Europe/London", "Australia/Lord_Howe", "Asia/Kathmandu", "Pacific/Chatham"]
FIRST = dt.date(2025, 9, 1)
DAYS = 90


def make_case(rng, zone_name):
    zone = zoneinfo.ZoneInfo(zone_name)
    weekly = []
    for day in range(1, 8):  # 3 intervals a day on 6 days, 2 on one: 20 rules
        blocks = [("07:00", "11:00"), ("12:00", "16:30"), ("17:30", "21:00")]
        for start, end in (blocks if day != 7 else blocks[:2]):
            weekly.append({"day": day, "start": start, "end": end})
    assert len(weekly) == 20
    sessions = []
    for i in range(500):
        day = FIRST + dt.timedelta(days=rng.randrange(DAYS))
        start = slot_oracle.to_instant(zone, day, rng.choice([7, 8, 9, 12, 13, 14, 15, 18, 19]) * 60)
        sessions.append({"id": "s%03d" % i, "offering_id": "off" if i % 3 else "other",
                         "start": slot_oracle.rfc3339_utc(start), "end": slot_oracle.rfc3339_utc(start + 3600),
                         "buffer_before_minutes": 10, "buffer_after_minutes": 10,
                         "seats": 2, "booked_seats": rng.randint(1, 2),
                         "status": "cancelled" if i % 17 == 0 else "scheduled"})
    offering = {"id": "off", "duration_minutes": 60, "slot_interval_minutes": 15, "buffer_before_minutes": 10,
                "buffer_after_minutes": 10, "minimum_notice_minutes": 120, "booking_window_days": 120,
                "max_per_day": 6, "max_per_week": 30, "seats": 2, "price_cents": 4500, "currency": "EUR"}
    return {"schedule": {"id": "sch", "time_zone": zone_name, "weekly": weekly, "overrides": [], "blocks": []},
            "offering": offering, "busy": {"sessions": sessions}, "from": FIRST.isoformat(),
            "to": (FIRST + dt.timedelta(days=DAYS - 1)).isoformat(), "now": "2025-08-31T00:00:00Z",
            "tz": "Asia/Tokyo"}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bench", required=True, help="slots_bench executable")
    parser.add_argument("--repeat", type=int, default=20, help="C++ calls per case")
    parser.add_argument("--py-repeat", type=int, default=3, help="Python calls per case")
    parser.add_argument("--markdown", help="append the results section to this file")
    parser.add_argument("--build-type", default="as built", help="named in the Markdown section")
    args = parser.parse_args()

    rng = random.Random(90)
    cases = [make_case(rng, z) for z in ZONES]
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "bench.json")
        with open(path, "w") as f:
            json.dump(cases, f)
        proc = subprocess.run([args.bench, path, str(args.repeat)], capture_output=True, text=True, check=True)
    cpp = json.loads(proc.stdout)

    rows = []
    mismatches = 0
    for i, (zone, case) in enumerate(zip(ZONES, cases)):
        samples = []
        for _ in range(args.py_repeat):
            t0 = time.perf_counter()
            py_result = slot_oracle.run_case(case)
            samples.append((time.perf_counter() - t0) * 1000)
        samples.sort()
        py_ms = samples[len(samples) // 2]
        same = py_result == cpp["results"][i]
        mismatches += 0 if same else 1
        cpp_ms = cpp["timings"][i]["median_ms"]
        compute_ms = cpp["timings"][i]["compute_median_ms"]
        rows.append((zone, len(py_result.get("slots", [])), cpp_ms, compute_ms, py_ms, py_ms / cpp_ms if cpp_ms else 0,
                     same))

    header = ("| teacher zone | slots | C++ ms/call (median of %d) | of which compute() ms "
              "| Python oracle ms/call (median of %d) | ratio | same result |\n|---|---:|---:|---:|---:|---:|---|"
              % (args.repeat, args.py_repeat))
    lines = [header] + ["| %s | %d | %.2f | %.2f | %.1f | %.0fx | %s |" % (z, n, c, k, p, r, "yes" if s else "NO")
                        for z, n, c, k, p, r, s in rows]
    table = "\n".join(lines)
    print(table)
    print("mismatches: %d" % mismatches)

    if args.markdown:
        cpu = platform.processor() or platform.machine()
        try:
            with open("/proc/cpuinfo") as f:
                cpu = next(l.split(":", 1)[1].strip() for l in f if l.startswith("model name"))
        except (OSError, StopIteration):
            pass
        section = f"""
## Slot engine: 90 days, 20 rules, 500 sessions, 5 zones

Measured {dt.datetime.now(dt.timezone.utc).strftime('%Y-%m-%d %H:%M UTC')} by `tests/bench/slots_bench.py`
(C++ `slots_bench`, {args.build_type} build, GCC; Python {platform.python_version()} oracle
`tests/oracle/slot_oracle.py`) on {cpu}, {os.cpu_count()} cores, in one run on the same inputs.
A call is JSON objects in -> reply JSON out (parse schedule, offering and 500 sessions; compute;
serialise). Per zone: 90 days from 2025-09-01 (crossing that zone's DST changes), 20 weekly
rules, 500 sessions (1/3 of another offering, 1/17 cancelled, 10-minute buffers, 2 seats),
60-minute slots every 15 minutes, caps 6/day and 30/week, viewer zone Asia/Tokyo.
The Python oracle is deliberately brute force (linear scans), so the ratio says little
about Python; it is the correctness reference, not a competitor.

{table}

"""
        with open(args.markdown, "a") as f:
            f.write(section)
    return 0 if mismatches == 0 else 1


if __name__ == "__main__":
    sys.exit(main())

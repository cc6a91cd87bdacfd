#!/usr/bin/python3
"""Calendar export benchmark: Companion's libical writer (ics_bench) beside python3-icalendar
and npm ical-generator writing the same N sessions, in one run on one machine.

Each tool builds the calendar in memory and serialises it (median of --repeat runs; process
start and file writing excluded). The issue's goal: at least 5x faster than ical-generator.
Prints a Markdown table; --markdown FILE also appends it there (docs/BENCHMARKS.md).
"""

import argparse
import datetime as dt
import json
import os
import platform
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def run(command):
    out = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--bench", required=True, help="the ics_bench executable")
    parser.add_argument("--events", type=int, default=10000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--markdown", help="append the section to this file")
    args = parser.parse_args()

    n, repeat = str(args.events), str(args.repeat)
    ours = run([args.bench, n, repeat])
    python = run(["/usr/bin/python3", os.path.join(HERE, "ics", "gen_python_icalendar.py"), n, repeat])
    node = run(["node", os.path.join(HERE, "ics", "gen_ical_generator.mjs"), n, repeat])

    rows = [
        (f"Companion IcsWriter ({ours['version']}), events ready", ours["median_ms"], ours["bytes"]),
        ("Companion export from Session objects (SessionEvent + IcsWriter)", ours["export_median_ms"],
         ours["export_bytes"]),
        (f"python3-icalendar {python['version']}", python["median_ms"], python["bytes"]),
        (f"npm ical-generator {node['version']}", node["median_ms"], node["bytes"]),
    ]
    cpu = platform.processor() or platform.machine()
    lines = [
        f"## Calendar export: {args.events} sessions to one .ics",
        "",
        f"Measured {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC by `tests/bench/ics_bench.py` "
        f"(`ics_bench`, `tests/bench/ics/gen_python_icalendar.py`, `tests/bench/ics/gen_ical_generator.mjs`), "
        f"all rows in one run, {os.cpu_count()} cores ({cpu}; say which build `ics_bench` came from). "
        f"Median of {args.repeat} runs, each building the "
        "calendar in memory and serialising it: four zones (Berlin, New York, Kathmandu, Lord Howe) with a "
        "VTIMEZONE each, TZID times, escaped texts, folded lines. The baseline is ical-generator; "
        "the issue's goal is at least 5x faster than it (the script fails below that). Our files are "
        "larger: ORGANIZER, TRANSP and the session page in LOCATION and URL on every event.",
        "",
        "| writer | median ms | bytes | vs ical-generator |",
        "|---|---:|---:|---:|",
    ]
    for name, ms, size in rows:
        ratio = "baseline" if name.startswith("npm ical-generator") else f"{node['median_ms'] / ms:.1f}x faster"
        lines.append(f"| {name} | {ms:.1f} | {size} | {ratio} |")
    text = "\n".join(lines) + "\n"
    print(text)
    if args.markdown:
        with open(args.markdown, "a", encoding="utf-8") as out:
            out.write("\n" + text)
    speedup = node["median_ms"] / ours["export_median_ms"]
    if speedup < 5:
        print(f"goal missed: export is {speedup:.1f}x ical-generator, wanted >= 5x", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/python3
"""Start benchmark: Companion opened offline on a cache of N sessions, beside its floors.

In one run, on the same platform plugin (QT_QPA_PLATFORM, printed with the results):
  (a) floor: `start_floor window`, an empty Qt Quick Controls ApplicationWindow, from the
      process start to its first frame;
  (b) the cache read alone: `start_floor cache`, opening the cache file and making Session
      values of every cached session (in-process);
  (c) `companion` on that profile with the server gone (connection refused: the offline start a
      teacher on a train gets), from the process start to the first frame swapped after the
      session list got its rows (COMPANION_FIRST_FRAME_PROBE, app/gui/FirstFrameProbe.h);
  (d) the resident memory (VmRSS, and the peak VmHWM) of both processes, read from /proc a
      fixed time after their first data frame.
Timing runs go back to back (a warm start, as when a person opens the app again), after one
discarded warm-up of each. The memory runs come after them: each waits --settle seconds
before the next start, and their start times are reported on their own row ("after an idle
pause"). On this 2-core VM starts after an idle pause varied far more than back-to-back ones
(the floor's few libraries much less than the app's two busy threads), which made the medians
of the earlier layout swing by 100 ms from run to run.
The cache is filled the way a teacher's is: a real `companion-cli sync` from a real
platform-server whose SQLite file holds N sessions of the demo creator (written by
sync_bench.bulk_insert, every value explicit). Each repetition runs the floor and the app
back to back so both see the same machine load; the medians are printed.
"""
import argparse
import os
import queue
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import json

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import sync_bench  # noqa: E402  (the same server seeding as the sync benchmark)


def proc_status(pid):
    """VmRSS and VmHWM of a process, in MB (from /proc/PID/status)."""
    values = {}
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            key, _, rest = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                values[key] = int(rest.split()[0]) / 1024
    return values


def time_to_frame(cmd, marker, settle_s, env, timeout_s=60):
    """Starts cmd; returns (ms from start to the stderr line `marker NS`, the line, /proc status
    settle_s after it, or None when settle_s is 0). The clock is CLOCK_MONOTONIC on both sides
    (time.monotonic_ns)."""
    lines = queue.Queue()
    start_ns = time.monotonic_ns()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env)

    def pump():
        for line in proc.stderr:
            lines.put(line)
        lines.put(None)

    threading.Thread(target=pump, daemon=True).start()
    deadline = time.monotonic() + timeout_s
    found = None
    tail = []
    try:
        while found is None:
            try:
                line = lines.get(timeout=max(0.1, deadline - time.monotonic()))
            except queue.Empty:
                break
            if line is None:
                break
            tail = (tail + [line])[-20:]
            if line.startswith(marker + " "):
                found = line.split()
        if found is None:
            raise SystemExit(f"{cmd[0]} showed no '{marker}' line; its last output:\n{''.join(tail)}")
        elapsed_ms = (int(found[1]) - start_ns) / 1e6
        memory = None
        if settle_s > 0:
            time.sleep(settle_s)
            memory = proc_status(proc.pid)
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    return elapsed_ms, found, memory


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--server", required=True)
    parser.add_argument("--cli", required=True)
    parser.add_argument("--app", required=True)
    parser.add_argument("--floor", required=True)
    parser.add_argument("--sessions", type=int, default=10000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--memory-repeat", type=int, default=3)
    parser.add_argument("--settle", type=float, default=2.0, help="seconds after the first data frame "
                        "before the memory is read")
    args = parser.parse_args()

    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["COMPANION_FIRST_FRAME_PROBE"] = "1"
    with tempfile.TemporaryDirectory() as tmp:
        # The app's own sandbox: its settings, log and single-instance socket stay in here.
        for d in ("config", "data", "cache", "state", "runtime"):
            os.makedirs(os.path.join(tmp, "xdg", d), mode=0o700)
        env.update({f"XDG_{d.upper()}_HOME": os.path.join(tmp, "xdg", d) for d in ("config", "data", "cache",
                                                                                    "state")})
        env["XDG_RUNTIME_DIR"] = os.path.join(tmp, "xdg", "runtime")

        data = os.path.join(tmp, "server")
        proc, url = sync_bench.start_server(args.server, data)
        sync_bench.stop_server(proc)
        sync_bench.bulk_insert(os.path.join(data, "platform.sqlite"), args.sessions, 0)
        proc, url = sync_bench.start_server(args.server, data)
        profile = os.path.join(tmp, "profile")
        try:
            cli = [args.cli, "--profile", profile, "--insecure-token-store"]
            subprocess.run(cli + ["--server", url, "login", "--email", "creator@demo.test", "--password-stdin"],
                           input="demo1234\n", capture_output=True, text=True, check=True, env=env)
            subprocess.run(cli + ["sync"], capture_output=True, text=True, check=True, env=env)
        finally:
            sync_bench.stop_server(proc)  # from here on the profile's server refuses connections
        cache_dir = os.path.join(profile, "cache")
        cache = os.path.join(cache_dir, [f for f in os.listdir(cache_dir) if f.endswith(".sqlite")][0])

        app = [args.app, "--profile", profile, "--insecure-token-store", "--page", "home"]
        floors, reads, checks, starts = [], [], [], []
        floor_mem, app_mem, idle_floors, idle_starts, shown = [], [], [], [], 0
        time_to_frame([args.floor, "window"], "first-frame", 0, env)  # warm-up, not counted
        time_to_frame(app, "first-data-frame", 0, env)
        for _ in range(args.repeat):
            ms, _, _ = time_to_frame([args.floor, "window"], "first-frame", 0, env)
            floors.append(ms)
            out = subprocess.run([args.floor, "cache", cache], capture_output=True, text=True, check=True, env=env)
            result = json.loads(out.stdout)
            reads.append(result["read_ms"])
            checks.append(result["quick_check_ms"])
            ms, line, _ = time_to_frame(app, "first-data-frame", 0, env)
            starts.append(ms)
            shown = int(line[2].split("=")[1])
        for _ in range(args.memory_repeat):
            ms, _, memory = time_to_frame([args.floor, "window"], "first-frame", args.settle, env)
            idle_floors.append(ms)
            floor_mem.append(memory)
            ms, _, memory = time_to_frame(app, "first-data-frame", args.settle, env)
            idle_starts.append(ms)
            app_mem.append(memory)

    med = statistics.median
    floor, read, start = med(floors), med(reads), med(starts)
    goal = 1.5 * floor + read
    print(f"platform: {env['QT_QPA_PLATFORM']}; {shown} cached sessions; medians of {args.repeat} warm "
          f"starts and {args.memory_repeat} after an idle pause")
    print("| what | value | notes |")
    print("|---|---:|---|")
    print(f"| floor: empty ApplicationWindow, start to first frame | {floor:.0f} ms | "
          f"min {min(floors):.0f}, max {max(floors):.0f} |")
    print(f"| cache read alone: open + {result['sessions']} sessions to Session values | {read:.0f} ms | "
          f"in-process |")
    print(f"| PRAGMA quick_check of the same file (reference) | {med(checks):.0f} ms | |")
    print(f"| companion offline, start to first frame with data | {start:.0f} ms | "
          f"min {min(starts):.0f}, max {max(starts):.0f}; goal <= 1.5 x floor + read = {goal:.0f} ms |")
    print(f"| ratio (start - read) / floor | {(start - read) / floor:.2f} | goal <= 1.5 |")
    print(f"| after an idle pause of {args.settle:g} s: floor / companion | {med(idle_floors):.0f} / "
          f"{med(idle_starts):.0f} ms | the memory runs; not the goal's measure |")
    print(f"| floor RSS / peak, {args.settle:g} s after its first frame | "
          f"{med([m['VmRSS'] for m in floor_mem]):.0f} / {med([m['VmHWM'] for m in floor_mem]):.0f} MB | |")
    print(f"| companion RSS / peak, {args.settle:g} s after its first data frame | "
          f"{med([m['VmRSS'] for m in app_mem]):.0f} / {med([m['VmHWM'] for m in app_mem]):.0f} MB | goal <= 150 MB |")
    if shown < args.sessions:
        raise SystemExit("the app showed fewer sessions than were cached")


if __name__ == "__main__":
    main()

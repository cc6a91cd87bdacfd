#!/usr/bin/python3
"""Client sync benchmarks, each beside its floor measured in the same run.

1. First sync of N sessions + M splits with `companion-cli sync` against a real
   platform-server, beside `sync_floor ingest` (QJsonDocument parse + prepared inserts
   in one transaction of the very same pages, no network).
2. A no-change sync: wall time, requests and bytes.
3. `companion-cli sessions --all --json` over the cached sessions, beside `sync_floor dump`.

The bulk rows are written with explicit values straight into the server's SQLite file
(each with its own change_log sequence number, as the server writes them), so the
benchmark measures the same data whatever day it runs.
"""
import argparse
import json
import os
import resource
import sqlite3
import statistics
import subprocess
import tempfile
import time
import urllib.request


def start_server(binary, data_dir):
    proc = subprocess.Popen([binary, "--data-dir", data_dir, "--port", "0", "--demo", "--rate-limit", "0"],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    url = proc.stdout.readline().strip()
    if not url.startswith("http://127.0.0.1:"):
        raise SystemExit("platform-server did not start")
    return proc, url


def stop_server(proc):
    proc.terminate()
    proc.wait(timeout=30)


def iso(epoch_seconds):
    """A whole-second stamp as the server writes created_at/updated_at (RFC 3339 UTC)."""
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(epoch_seconds))


def stored(epoch_seconds):
    """A session instant as the server stores it: fixed-width milliseconds, so text sorts."""
    return time.strftime("%Y-%m-%dT%H:%M:%S.000Z", time.gmtime(epoch_seconds))


def bulk_insert(db_path, sessions, splits):
    """Writes `sessions` sessions and `splits` of the creator's splits, every value explicit.

    The rows hang off a course and an offering of their own (nothing is copied from the demo
    rows, whose times and amounts depend on the demo date). Each split has its own enrollment
    and transaction: a charge of EUR 40.00-89.99 that the creator taught, split 85 % to them
    (floor, the money rule), so every share is within 0..gross as the client checks.
    """
    con = sqlite3.connect(db_path)
    cur = con.cursor()
    creator = cur.execute("SELECT id FROM users WHERE email = 'creator@demo.test'").fetchone()[0]
    student = cur.execute("SELECT id FROM users WHERE email = 'student1@demo.test'").fetchone()[0]
    base = 1767225600  # 2026-01-01T00:00:00Z
    created = iso(base)
    course, offering = "crs_bench", "off_bench"
    cur.execute("INSERT INTO courses (id, creator_id, title, description, created_at) VALUES (?, ?, ?, ?, ?)",
                (course, creator, "Benchmark course", "Rows written by sync_bench.py", created))
    cur.execute("INSERT INTO offerings (id, course_id, teacher_id, schedule_id, title, duration_minutes, "
                "slot_interval_minutes, buffer_before_minutes, buffer_after_minutes, minimum_notice_minutes, "
                "booking_window_days, max_per_day, max_per_week, seats, price_cents, currency, active) "
                "VALUES (?, ?, ?, NULL, ?, 60, 30, 0, 0, 0, NULL, NULL, NULL, 1, 6000, 'EUR', 0)",
                (offering, course, creator, "Benchmark course"))

    def next_seq(entity, entity_id):
        cur.execute("INSERT INTO change_log (entity, entity_id, op, changed_at) VALUES (?, ?, 'upsert', ?)",
                    (entity, entity_id, created))
        return cur.lastrowid

    for i in range(sessions):
        session_id = f"ses_bench_{i:06d}"
        start = base + i * 3600
        cur.execute("INSERT INTO sessions (id, course_id, offering_id, teacher_id, starts_at, ends_at, status, "
                    "seats, buffer_before_minutes, buffer_after_minutes, recording_status, deleted, created_at, "
                    "updated_at, change_seq) VALUES (?, ?, ?, ?, ?, ?, 'scheduled', 1, 0, 0, 'none', 0, ?, ?, ?)",
                    (session_id, course, offering, creator, stored(start), stored(start + 3600), created, created,
                     next_seq("session", session_id)))
    for i in range(splits):
        suffix = f"bench_{i:06d}"
        gross = 4000 + i % 5000
        at = iso(base + i * 600)
        session_id = f"ses_bench_{i % sessions:06d}" if sessions else None
        cur.execute("INSERT INTO enrollments (id, course_id, student_id, session_id, status, created_at) "
                    "VALUES (?, ?, ?, ?, 'active', ?)", ("enr_" + suffix, course, student, session_id, at))
        cur.execute("INSERT INTO transactions (id, enrollment_id, student_id, amount_cents, currency, "
                    "stripe_checkout_session_id, stripe_payment_intent_id, stripe_charge_id, status, created_at) "
                    "VALUES (?, ?, ?, ?, 'EUR', ?, ?, ?, 'succeeded', ?)",
                    ("txn_" + suffix, "enr_" + suffix, student, gross, "cs_" + suffix, "pi_" + suffix,
                     "ch_" + suffix, at))
        split_id = "spl_" + suffix
        status = ("pending", "transferred", "paid")[i % 3]
        cur.execute("INSERT INTO payment_splits (id, enrollment_id, transaction_id, recipient_id, recipient_type, "
                    "amount_cents, currency, stripe_transfer_id, status, created_at, paid_at, session_id, course_id, "
                    "updated_at, change_seq) VALUES (?, ?, ?, ?, 'creator', ?, 'EUR', ?, ?, ?, ?, ?, ?, ?, ?)",
                    (split_id, "enr_" + suffix, "txn_" + suffix, creator, gross * 85 // 100,
                     None if status == "pending" else "tr_" + suffix, status, at,
                     at if status == "paid" else None, session_id, course, at, next_seq("split", split_id)))
    con.commit()
    con.close()


def http_json(url, token=None, body=None):
    req = urllib.request.Request(url, data=json.dumps(body).encode() if body is not None else None,
                                 headers={"Content-Type": "application/json"})
    if token:
        req.add_header("Authorization", "Bearer " + token)
    with urllib.request.urlopen(req, timeout=120) as reply:
        return json.loads(reply.read())


def fetch_pages(url, out_path):
    token = http_json(url + "/api/auth/login", body={"email": "creator@demo.test", "password": "demo1234"})["access_token"]
    with open(out_path, "w") as out:
        for collection, path in (("sessions", "/api/sessions"), ("splits", "/api/earnings/splits")):
            cursor = ""
            while True:
                page = http_json(f"{url}{path}?limit=500" + (f"&cursor={cursor}" if cursor else ""), token)
                out.write(json.dumps({"collection": collection, "page": page}) + "\n")
                cursor = page["next_cursor"]
                if not page["has_more"]:
                    break


def children_cpu_ms():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (usage.ru_utime + usage.ru_stime) * 1000


def process_cpu_ms(pid):
    """User + system CPU time a running process has used (/proc/PID/stat), in ms."""
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) * 1000 / os.sysconf("SC_CLK_TCK")


def timed(cmd, cpu=None, **kw):
    """Wall time of cmd in ms and its stdout; with `cpu` (a list), appends its CPU time in ms."""
    cpu0 = children_cpu_ms()
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, **kw)
    elapsed = (time.perf_counter() - t0) * 1000
    if cpu is not None:
        cpu.append(children_cpu_ms() - cpu0)
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}): {proc.stderr[-2000:]}")
    return elapsed, proc.stdout


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--server", required=True)
    parser.add_argument("--cli", required=True)
    parser.add_argument("--floor", required=True)
    parser.add_argument("--sessions", type=int, default=20000)
    parser.add_argument("--splits", type=int, default=100000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        data = os.path.join(tmp, "server")
        proc, url = start_server(args.server, data)
        stop_server(proc)
        dbs = ["platform.sqlite"]  # the platform's own; the Stream sandbox keeps another file beside it
        bulk_insert(os.path.join(data, dbs[0]), args.sessions, args.splits)
        proc, url = start_server(args.server, data)
        try:
            profile = os.path.join(tmp, "profile")
            cli = [args.cli, "--profile", profile, "--insecure-token-store"]
            subprocess.run(cli + ["--server", url, "login", "--email", "creator@demo.test", "--password-stdin"],
                           input="demo1234\n", capture_output=True, text=True, check=True)

            first_cpu = []
            server_cpu0 = process_cpu_ms(proc.pid)
            first_ms, out = timed(cli + ["--json", "sync"], first_cpu)
            server_cpu = process_cpu_ms(proc.pid) - server_cpu0
            first = json.loads(out.strip().splitlines()[-1])
            pages = os.path.join(tmp, "pages.jsonl")
            t0 = time.perf_counter()
            fetch_pages(url, pages)
            fetch_ms = (time.perf_counter() - t0) * 1000
            floor_cpu = []
            floor_ingest = [json.loads(timed([args.floor, "ingest", pages], floor_cpu)[1])["ms"]
                            for _ in range(args.repeat)]

            nochange = []
            for _ in range(args.repeat):
                ms, out = timed(cli + ["--json", "sync"])
                nochange.append((ms, json.loads(out.strip().splitlines()[-1])))

            listing = [timed(cli + ["--json", "sessions", "--all"])[0] for _ in range(args.repeat)]
            cache_dir = os.path.join(profile, "cache")
            cache = os.path.join(cache_dir, [f for f in os.listdir(cache_dir) if f.endswith(".sqlite")][0])
            floor_dump = [json.loads(timed([args.floor, "dump", cache])[1])["ms"] for _ in range(args.repeat)]
            health = [timed(["/usr/bin/true"])[0] for _ in range(args.repeat)]
        finally:
            stop_server(proc)

    med = statistics.median
    print(f"| first sync: {first['sessions']} sessions + {first['splits']} splits | {first_ms:.0f} ms "
          f"| {first['requests']} requests, {first['bytes_received'] / 1e6:.1f} MB |")
    print(f"| CPU time of that first sync: companion-cli / platform-server | {first_cpu[0]:.0f} ms / "
          f"{server_cpu:.0f} ms | user + system |")
    print(f"| reference: fetching the same pages with Python's urllib (server + loopback only) | {fetch_ms:.0f} ms | |")
    print(f"| floor: parse + insert the same pages in one transaction (median of {args.repeat}) | "
          f"{med(floor_ingest):.0f} ms | no network, no validation |")
    print(f"| CPU time of that floor process (median) | {med(floor_cpu):.0f} ms | process start included |")
    print(f"| no-change sync (median of {args.repeat}) | {med([m for m, _ in nochange]):.0f} ms "
          f"| {nochange[-1][1]['requests']} requests, {nochange[-1][1]['bytes_received'] / 1e3:.1f} kB |")
    print(f"| `companion-cli sessions --all --json` over {first['sessions']} cached sessions (median) "
          f"| {med(listing):.0f} ms | includes process start, keyring-free sign-in and a no-change sync |")
    print(f"| floor: read + serialise the same rows (median) | {med(floor_dump):.0f} ms | in-process |")
    print(f"| floor: starting a process (/usr/bin/true, median) | {med(health):.1f} ms | |")
    if first["sessions"] < args.sessions or first["splits"] < args.splits:
        raise SystemExit("the first sync did not bring every row")


if __name__ == "__main__":
    main()

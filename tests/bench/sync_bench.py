#!/usr/bin/python3
"""Client sync benchmarks, each beside its floor measured in the same run.

1. First sync of N sessions + M splits with `companion-cli sync` against a real
   platform-server, beside `sync_floor ingest` (QJsonDocument parse + prepared inserts
   in one transaction of the very same pages, no network).
2. A no-change sync: wall time, requests and bytes.
3. `companion-cli sessions --json` over the cached sessions, beside `sync_floor dump`.

The bulk rows are cloned from the demo data straight into the server's SQLite file
(each with its own change_log sequence number, as the server writes them).
"""
import argparse
import json
import os
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


def bulk_insert(db_path, sessions, splits):
    con = sqlite3.connect(db_path)
    cur = con.cursor()
    creator = cur.execute("SELECT id FROM users WHERE email = 'creator@demo.test'").fetchone()[0]
    cols = [r[1] for r in cur.execute("PRAGMA table_info(sessions)")]
    template = dict(zip(cols, cur.execute(
        "SELECT * FROM sessions WHERE teacher_id = ? AND deleted = 0 LIMIT 1", (creator,)).fetchone()))
    split_cols = [r[1] for r in cur.execute("PRAGMA table_info(payment_splits)")]
    split_template = dict(zip(split_cols, cur.execute(
        "SELECT * FROM payment_splits WHERE recipient_id = ? LIMIT 1", (creator,)).fetchone()))
    now = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())

    def next_seq(entity, entity_id):
        cur.execute("INSERT INTO change_log (entity, entity_id, op, changed_at) VALUES (?, ?, 'upsert', ?)",
                    (entity, entity_id, now))
        return cur.lastrowid

    base = 1767225600  # 2026-01-01T00:00:00Z
    for i in range(sessions):
        row = dict(template)
        row["id"] = f"ses_bench_{i:06d}"
        start = base + i * 3600
        row["starts_at"] = time.strftime("%Y-%m-%dT%H:%M:%S.000Z", time.gmtime(start))
        row["ends_at"] = time.strftime("%Y-%m-%dT%H:%M:%S.000Z", time.gmtime(start + 3600))
        row["status"] = "scheduled"
        row["updated_at"] = now
        row["change_seq"] = next_seq("session", row["id"])
        cur.execute(f"INSERT INTO sessions ({','.join(row)}) VALUES ({','.join('?' * len(row))})", list(row.values()))
    for i in range(splits):
        row = dict(split_template)
        row["id"] = f"spl_bench_{i:06d}"
        row["amount_cents"] = 1000 + i % 5000
        row["status"] = ("pending", "transferred", "paid")[i % 3]
        row["created_at"] = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(base + i * 600))
        row["updated_at"] = now
        row["change_seq"] = next_seq("split", row["id"])
        cur.execute(f"INSERT INTO payment_splits ({','.join(row)}) VALUES ({','.join('?' * len(row))})",
                    list(row.values()))
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


def timed(cmd, **kw):
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, **kw)
    elapsed = (time.perf_counter() - t0) * 1000
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
        dbs = [f for f in os.listdir(data) if f.endswith(".sqlite") or f.endswith(".db")]
        bulk_insert(os.path.join(data, dbs[0]), args.sessions, args.splits)
        proc, url = start_server(args.server, data)
        try:
            profile = os.path.join(tmp, "profile")
            cli = [args.cli, "--profile", profile, "--insecure-token-store"]
            subprocess.run(cli + ["--server", url, "login", "--email", "creator@demo.test", "--password-stdin"],
                           input="demo1234\n", capture_output=True, text=True, check=True)

            first_ms, out = timed(cli + ["--json", "sync"])
            first = json.loads(out.strip().splitlines()[-1])
            pages = os.path.join(tmp, "pages.jsonl")
            t0 = time.perf_counter()
            fetch_pages(url, pages)
            fetch_ms = (time.perf_counter() - t0) * 1000
            floor_ingest = [json.loads(timed([args.floor, "ingest", pages])[1])["ms"] for _ in range(args.repeat)]

            nochange = []
            for _ in range(args.repeat):
                ms, out = timed(cli + ["--json", "sync"])
                nochange.append((ms, json.loads(out.strip().splitlines()[-1])))

            listing = [timed(cli + ["--json", "sessions"])[0] for _ in range(args.repeat)]
            cache_dir = os.path.join(profile, "cache")
            cache = os.path.join(cache_dir, [f for f in os.listdir(cache_dir) if f.endswith(".sqlite")][0])
            floor_dump = [json.loads(timed([args.floor, "dump", cache])[1])["ms"] for _ in range(args.repeat)]
            health = [timed(["/usr/bin/true"])[0] for _ in range(args.repeat)]
        finally:
            stop_server(proc)

    med = statistics.median
    print(f"| first sync: {first['sessions']} sessions + {first['splits']} splits | {first_ms:.0f} ms "
          f"| {first['requests']} requests, {first['bytes_received'] / 1e6:.1f} MB |")
    print(f"| reference: fetching the same pages with Python's urllib (server + loopback only) | {fetch_ms:.0f} ms | |")
    print(f"| floor: parse + insert the same pages in one transaction (median of {args.repeat}) | "
          f"{med(floor_ingest):.0f} ms | no network, no validation |")
    print(f"| no-change sync (median of {args.repeat}) | {med([m for m, _ in nochange]):.0f} ms "
          f"| {nochange[-1][1]['requests']} requests, {nochange[-1][1]['bytes_received'] / 1e3:.1f} kB |")
    print(f"| `companion-cli sessions --json` over {first['sessions']} cached sessions (median) "
          f"| {med(listing):.0f} ms | includes process start, keyring-free sign-in and a no-change sync |")
    print(f"| floor: read + serialise the same rows (median) | {med(floor_dump):.0f} ms | in-process |")
    print(f"| floor: starting a process (/usr/bin/true, median) | {med(health):.1f} ms | |")
    if first["sessions"] < args.sessions or first["splits"] < args.splits:
        raise SystemExit("the first sync did not bring every row")


if __name__ == "__main__":
    main()

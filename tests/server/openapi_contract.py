#!/usr/bin/python3
"""OpenAPI contract test: starts platform-server with the demo world, calls every
documented operation (successes and documented errors) and validates each live response
body against docs/api/openapi.yaml. Fails when a response is undocumented, does not match
its schema, or a documented operation was never exercised.

usage: openapi_contract.py PLATFORM_SERVER OPENAPI_YAML
"""
import base64
import datetime
import hashlib
import hmac
import time
import json
import socket
import subprocess
import sys
import tempfile
import urllib.error
import urllib.request

import jsonschema
import yaml

server_path, spec_path = sys.argv[1], sys.argv[2]
spec = yaml.safe_load(open(spec_path, encoding="utf-8"))
failures = []
exercised = set()


def resolve(node):
    while isinstance(node, dict) and "$ref" in node:
        parts = node["$ref"].lstrip("#/").split("/")
        node = spec
        for part in parts:
            node = node[part]
    return node


def check(method, template, status, body, content_type):
    exercised.add((method.lower(), template))
    operation = spec["paths"][template][method.lower()]
    response = operation["responses"].get(str(status))
    where = f"{method} {template} -> {status}"
    if response is None:
        failures.append(f"{where}: status not documented")
        return
    response = resolve(response)
    content = response.get("content")
    if not content:
        if body:
            failures.append(f"{where}: documented without a body but got {body[:80]!r}")
        return
    media = content_type.split(";")[0].strip()
    if media not in content:
        failures.append(f"{where}: content type {media} not documented")
        return
    if media != "application/json":
        return
    schema = {"$ref": content[media]["schema"].get("$ref", "#/x")} if "$ref" in content[media]["schema"] else content[media]["schema"]
    root = dict(schema)
    root["components"] = spec["components"]
    try:
        jsonschema.Draft202012Validator(root).validate(json.loads(body))
    except jsonschema.ValidationError as error:
        failures.append(f"{where}: {error.message} at {list(error.absolute_path)}")


class Client:
    def __init__(self, base):
        self.base = base
        self.token = None

    def call(self, method, path, template, body=None, headers=None, raw=None):
        data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
        request = urllib.request.Request(self.base + path, data=data, method=method)
        if data is not None:
            request.add_header("Content-Type", "application/json")
        if self.token:
            request.add_header("Authorization", "Bearer " + self.token)
        for key, value in (headers or {}).items():
            request.add_header(key, value)
        try:
            with urllib.request.urlopen(request) as reply:
                status, payload, ctype, hdrs = reply.status, reply.read(), reply.headers.get("Content-Type", ""), reply.headers
        except urllib.error.HTTPError as error:
            status, payload, ctype, hdrs = error.code, error.read(), error.headers.get("Content-Type", ""), error.headers
        if not hdrs.get("X-Request-Id"):
            failures.append(f"{method} {path}: no X-Request-Id")
        check(method, template, status, payload, ctype)
        return status, (json.loads(payload) if payload and ctype.startswith("application/json") else payload), hdrs


def main():
    with tempfile.TemporaryDirectory() as data_dir:
        process = subprocess.Popen([server_path, "--port", "0", "--data-dir", data_dir, "--demo",
                                    "--enable-test-hooks", "--rate-limit", "0"],
                                   stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        try:
            base = process.stdout.readline().strip()
            run(base)
        finally:
            process.terminate()
            process.wait(timeout=10)
    documented = {(m, p) for p, ops in spec["paths"].items() for m in ops if m in ("get", "post", "put", "delete")}
    for missing in sorted(documented - exercised):
        failures.append(f"{missing[0].upper()} {missing[1]}: never exercised")
    for failure in failures:
        print("FAIL:", failure)
    print(f"{len(exercised)} operations exercised, {len(failures)} failures")
    return 1 if failures else 0


def run(base):
    anon = Client(base)
    anon.call("GET", "/api/health", "/api/health")
    anon.call("POST", "/api/auth/login", "/api/auth/login", {"email": "creator@demo.test", "password": "nope"})
    anon.call("POST", "/api/auth/login", "/api/auth/login", {})
    anon.call("POST", "/api/auth/login", "/api/auth/login", raw=b"not json")
    sessions = {}
    users = {}
    for email in ("creator@demo.test", "st1@demo.test", "st2@demo.test"):
        status, body, _ = anon.call("POST", "/api/auth/login", "/api/auth/login", {"email": email, "password": "demo1234"})
        client = Client(base)
        client.token = body["access_token"]
        users[email] = (client, body["refresh_token"])
    creator, creator_refresh = users["creator@demo.test"]
    st1, _ = users["st1@demo.test"]
    st2, _ = users["st2@demo.test"]

    _, refreshed, _ = anon.call("POST", "/api/auth/refresh", "/api/auth/refresh", {"refresh_token": creator_refresh})
    anon.call("POST", "/api/auth/refresh", "/api/auth/refresh", {"refresh_token": "spent-or-unknown"})
    anon.call("POST", "/api/auth/refresh", "/api/auth/refresh", {})
    creator.token = refreshed["access_token"]
    anon.call("POST", "/api/auth/logout", "/api/auth/logout", {"refresh_token": "unknown"})
    anon.call("POST", "/api/auth/logout", "/api/auth/logout", {})

    for client in (creator, st1, st2):
        client.call("GET", "/api/me", "/api/me")
        client.call("GET", "/api/offerings", "/api/offerings")
        client.call("GET", "/api/payments/connect/status", "/api/payments/connect/status")
        client.call("GET", "/api/payments/connect/balance", "/api/payments/connect/balance")
        client.call("GET", "/api/payments/payouts", "/api/payments/payouts")
        client.call("POST", "/api/stream/token", "/api/stream/token")
        cursor = None
        while True:
            status, page, _ = client.call("GET", "/api/sessions?limit=40" + (f"&cursor={cursor}" if cursor else ""), "/api/sessions")
            for item in page["items"]:
                sessions.setdefault(item["id"], item)
            cursor = page["next_cursor"]
            if not page["has_more"]:
                break
        client.call("GET", f"/api/sessions?cursor={cursor}", "/api/sessions")
        cursor = None
        while True:
            status, page, _ = client.call("GET", "/api/earnings/splits?limit=100" + (f"&cursor={cursor}" if cursor else ""), "/api/earnings/splits")
            cursor = page["next_cursor"]
            if not page["has_more"]:
                break
        for group in ("course", "month", "status", "role"):
            client.call("GET", f"/api/earnings/summary?from=2020-01-01&to=2030-12-31&group_by={group}", "/api/earnings/summary")
    anon.call("GET", "/api/me", "/api/me")
    st1.call("GET", "/api/sessions?limit=0", "/api/sessions")
    st1.call("GET", "/api/sessions?cursor=%%%", "/api/sessions")
    st1.call("GET", "/api/earnings/splits?cursor=djE6OTk5OTk5OTk5", "/api/earnings/splits")
    st1.call("GET", "/api/earnings/summary?from=x&to=y", "/api/earnings/summary")

    for session_id in list(sessions)[:40]:
        creator.call("GET", f"/api/sessions/{session_id}", "/api/sessions/{id}")
    st1.call("GET", "/api/sessions/ses_missing", "/api/sessions/{id}")

    _, current, headers = st1.call("GET", "/api/availability", "/api/availability")
    st1.call("PUT", "/api/availability", "/api/availability", current)
    st1.call("PUT", "/api/availability", "/api/availability", current, {"If-Match": '"999"'})
    st1.call("PUT", "/api/availability", "/api/availability", current, {"If-Match": headers["ETag"], "Idempotency-Key": "k1"})
    st1.call("PUT", "/api/availability", "/api/availability", current, {"If-Match": headers["ETag"], "Idempotency-Key": "k1"})
    changed = dict(current, name="changed")
    st1.call("PUT", "/api/availability", "/api/availability", changed, {"If-Match": headers["ETag"], "Idempotency-Key": "k1"})
    st1.call("PUT", "/api/availability", "/api/availability", dict(current, time_zone="Mars/Base"), {"If-Match": "*"})

    today = datetime.date.today()
    st1.call("GET", f"/api/slots?teacher_id=usr_jonas&offering_id=off_jonas_spanish&from={today + datetime.timedelta(days=1)}&to={today + datetime.timedelta(days=8)}&tz=America/New_York", "/api/slots")
    st1.call("GET", "/api/slots?teacher_id=usr_jonas", "/api/slots")
    st1.call("GET", f"/api/slots?teacher_id=usr_jonas&offering_id=nope&from={today}&to={today}", "/api/slots")

    now = datetime.datetime.now(datetime.timezone.utc)
    soon = (now + datetime.timedelta(minutes=5)).strftime("%Y-%m-%dT%H:%M:%SZ")
    later = (now + datetime.timedelta(days=3)).strftime("%Y-%m-%dT%H:%M:%SZ")
    req = urllib.request.Request(base + "/api/_test/sessions", data=json.dumps({"offering_id": "off_jonas_spanish", "start": soon}).encode(), method="POST")
    soon_id = json.loads(urllib.request.urlopen(req).read())["id"]
    req = urllib.request.Request(base + "/api/_test/sessions", data=json.dumps({"offering_id": "off_jonas_spanish", "start": later}).encode(), method="POST")
    later_id = json.loads(urllib.request.urlopen(req).read())["id"]
    st1.call("POST", "/api/video/room", "/api/video/room", {"session_id": later_id})
    st1.call("POST", "/api/video/room", "/api/video/room", {"session_id": later_id})
    st1.call("POST", "/api/video/room", "/api/video/room", {})
    st2.call("POST", "/api/video/room", "/api/video/room", {"session_id": later_id})
    st1.call("POST", "/api/video/join", "/api/video/join", {"session_id": soon_id})
    st1.call("POST", "/api/video/join", "/api/video/join", {"session_id": later_id})
    st2.call("POST", "/api/video/join", "/api/video/join", {"session_id": later_id})

    st2.call("POST", "/api/payments/connect/onboard", "/api/payments/connect/onboard", {"return_url": "companion://payouts"})
    st2.call("POST", "/api/payments/connect/login-link", "/api/payments/connect/login-link")
    _, feed, _ = st1.call("GET", "/api/calendar/feed", "/api/calendar/feed")
    st1.call("POST", "/api/calendar/feed/rotate", "/api/calendar/feed/rotate")
    anon.call("GET", feed["url"][len(base):], "/calendar/{file}")
    st1.call("POST", f"/api/sessions/{later_id}/proposals", "/api/sessions/{id}/proposals", {"start": "soon"})
    st1.call("POST", f"/api/sessions/{later_id}/proposals", "/api/sessions/{id}/proposals", {"start": later})
    st2.call("POST", f"/api/sessions/{later_id}/proposals", "/api/sessions/{id}/proposals", {"start": later})
    st1.call("GET", f"/api/sessions/{later_id}/proposal", "/api/sessions/{id}/proposal")
    anon.call("GET", "/proposals/not-a-token", "/proposals/{token}")
    anon.call("POST", "/proposals/not-a-token/accept", "/proposals/{token}/accept")
    anon.call("POST", "/proposals/not-a-token/decline", "/proposals/{token}/decline")
    st1.call("POST", f"/api/sessions/{later_id}/cancel", "/api/sessions/{id}/cancel", {})
    st1.call("POST", f"/api/sessions/{later_id}/cancel", "/api/sessions/{id}/cancel", {"reason": "Ill"})
    st2.call("POST", f"/api/sessions/{later_id}/cancel", "/api/sessions/{id}/cancel", {"reason": "Ill"})
    anon.call("POST", f"/api/sessions/{later_id}/cancel", "/api/sessions/{id}/cancel", {"reason": "Ill"})
    _, feed, _ = st1.call("GET", "/api/calendar/feed", "/api/calendar/feed")
    _, _, hdrs = anon.call("GET", feed["url"][len(base):], "/calendar/{file}")
    anon.call("GET", feed["url"][len(base):], "/calendar/{file}", headers={"If-None-Match": hdrs["ETag"]})
    st1.call("DELETE", "/api/calendar/feed", "/api/calendar/feed")
    anon.call("GET", feed["url"][len(base):], "/calendar/{file}")
    st1.call("POST", "/api/stream/token", "/api/stream/token", {"course_id": "crs_spanish"})
    st1.call("POST", "/api/stream/token", "/api/stream/token", {"feed_id": "community:all"})
    st1.call("GET", "/api/stream/feeds", "/api/stream/feeds")
    st2.call("POST", "/api/stream/token", "/api/stream/token", {"course_id": "crs_spanish"})
    st2.call("POST", "/api/stream/token", "/api/stream/token", raw=b"nope")
    change_stream(base, anon, st1)
    webhooks(anon)


def upgrade(base, path, token):
    """A raw WebSocket upgrade request: (status, headers+body bytes so far, the socket)."""
    host, port = base.split("//")[1].split(":")
    sock = socket.create_connection((host, int(port)), timeout=5)
    head = (f"GET {path} HTTP/1.1\r\nHost: {host}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n")
    if token:
        head += f"Authorization: Bearer {token}\r\n"
    sock.sendall((head + "\r\n").encode())
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(4096)
        if not chunk:
            break
        data += chunk
    status = int(data.split(b" ", 2)[1])
    if status != 101:
        head, _, body = data.partition(b"\r\n\r\n")
        length = next((int(line.split(b":", 1)[1]) for line in head.split(b"\r\n")
                       if line.lower().startswith(b"content-length:")), 0)
        while len(body) < length:
            chunk = sock.recv(4096)
            if not chunk:
                break
            body += chunk
        data = head + b"\r\n\r\n" + body
    return status, data, sock


def read_text_frame(sock, buffered):
    """One unmasked server text frame (payload under 126 bytes: a ChangeNotice is small)."""
    data = buffered
    while len(data) < 2 or len(data) < 2 + (data[1] & 0x7F):
        chunk = sock.recv(4096)
        if not chunk:
            raise RuntimeError("stream closed before a message")
        data += chunk
    if data[0] != 0x81 or data[1] & 0x80 or (data[1] & 0x7F) >= 126:
        raise RuntimeError(f"unexpected frame header {data[:2]!r}")
    return data[2:2 + (data[1] & 0x7F)]


def change_stream(base, anon, st1):
    template = "/api/changes/stream"
    anon.call("GET", template, template)
    st1.call("GET", template, template)
    status, data, sock = upgrade(base, template, None)
    head, _, body = data.partition(b"\r\n\r\n")
    check("GET", template, status, body, "application/json" if status != 101 else "")
    sock.close()
    status, data, sock = upgrade(base, template, st1.token)
    check("GET", template, status, b"", "")
    try:
        if status == 101:
            start = (datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(days=4)).strftime("%Y-%m-%dT%H:%M:%SZ")
            req = urllib.request.Request(base + "/api/_test/sessions", data=json.dumps({"offering_id": "off_jonas_spanish", "start": start}).encode(), method="POST")
            urllib.request.urlopen(req).read()
            message = json.loads(read_text_frame(sock, data.partition(b"\r\n\r\n")[2]))
            root = {"$ref": "#/components/schemas/ChangeNotice", "components": spec["components"]}
            try:
                jsonschema.Draft202012Validator(root).validate(message)
            except jsonschema.ValidationError as error:
                failures.append(f"change stream message {message}: {error.message}")
    except (OSError, RuntimeError) as error:
        failures.append(f"change stream: no message after a booking ({error})")
    finally:
        sock.close()


def webhooks(anon):
    """Signed with the built-in development secrets (server/providers/ProviderConfig.cpp)."""
    body = json.dumps({"id": "evt_contract_1", "object": "event", "type": "customer.created", "created": int(time.time()),
                       "data": {"object": {}}}).encode()
    for template, secret in (("/api/webhooks/stripe", b"whsec_companion_dev_platform_endpoint"),
                             ("/api/webhooks/stripe-connect", b"whsec_companion_dev_connect_endpoint")):
        t = str(int(time.time()))
        sig = hmac.new(secret, t.encode() + b"." + body, hashlib.sha256).hexdigest()
        anon.call("POST", template, template, raw=body, headers={"Stripe-Signature": f"t={t},v1={sig}"})
        anon.call("POST", template, template, raw=body, headers={"Stripe-Signature": f"t={t},v1={sig}"})  # duplicate
        anon.call("POST", template, template, raw=body)
        anon.call("POST", template, template, raw=body, headers={"Stripe-Signature": f"t={t},v1={'0' * 64}"})
        anon.call("POST", template, template, raw=b"[]", headers={"Stripe-Signature": "t=%s,v1=%s" % (t, hmac.new(secret, t.encode() + b".[]", hashlib.sha256).hexdigest())})
    pnm = json.dumps({"event": "room_created", "room": {"sid": "x", "room_id": "room_nowhere"}, "id": "contract-1",
                      "created_at": str(int(time.time()))}).encode()
    b64url = lambda raw: base64.urlsafe_b64encode(raw).rstrip(b"=")
    now = int(time.time())
    claims = {"iss": "plugnmeet", "nbf": now, "exp": now + 300, "sha256": base64.b64encode(hashlib.sha256(pnm).digest()).decode()}
    signing = b64url(b'{"alg":"HS256","typ":"JWT"}') + b"." + b64url(json.dumps(claims).encode())
    token = signing + b"." + b64url(hmac.new(b"zumyyYWqv7KR2kUqvYdq4z4sXg7XTBD2ljT6", signing, hashlib.sha256).digest())
    anon.call("POST", "/api/webhooks/plugnmeet", "/api/webhooks/plugnmeet", raw=pnm, headers={"Hash-Token": token.decode()})
    anon.call("POST", "/api/webhooks/plugnmeet", "/api/webhooks/plugnmeet", raw=pnm)
    anon.call("POST", "/api/webhooks/plugnmeet", "/api/webhooks/plugnmeet", raw=pnm + b" ", headers={"Hash-Token": token.decode()})
    resend = json.dumps({"type": "email.delivered", "created_at": "2026-01-01T00:00:00.000Z", "data": {"to": ["nobody@demo.test"]}}).encode()
    key = base64.b64decode("Y29tcGFuaW9uLWRldi1yZXNlbmQtd2ViaG9vay1rZXk=")
    ts = str(int(time.time()))
    sig = base64.b64encode(hmac.new(key, b"msg_contract." + ts.encode() + b"." + resend, hashlib.sha256).digest()).decode()
    anon.call("POST", "/api/webhooks/resend", "/api/webhooks/resend", raw=resend,
              headers={"svix-id": "msg_contract", "svix-timestamp": ts, "svix-signature": "v1," + sig})
    anon.call("POST", "/api/webhooks/resend", "/api/webhooks/resend", raw=resend, headers={"svix-id": "msg_contract"})
    anon.call("POST", "/api/webhooks/resend", "/api/webhooks/resend", raw=resend,
              headers={"svix-id": "msg_contract", "svix-timestamp": str(int(time.time()) - 600), "svix-signature": "v1," + sig})


if __name__ == "__main__":
    sys.exit(main())

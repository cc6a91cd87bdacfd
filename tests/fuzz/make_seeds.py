#!/usr/bin/env python3
"""Writes the seed inputs of corpus/<target>/seed_* (run it from anywhere; it overwrites only
seed_* files, never the regression inputs beside them).

Where the seeds come from:
- CAPTURED: answers of platform-server's demo world as the tests run it (`--demo --demo-date
  2026-12-01 --clock-pin 2026-12-01T12:00:00Z`; GET /api/sessions, /api/earnings/splits,
  /api/earnings/summary, /api/offerings, /api/availability, /api/me), one per status and role.
- the schedule and offering of tests/models/tst_slot_json.cpp;
- webhook events shaped like tests/webhooks/EventHistory.h and tst_webhook_signatures.cpp,
  naming the demo world's ids, signed (for the signature targets) with the development secrets
  at the targets' pinned now (tests/fuzz/FuzzSupport.h: kNowSecs).
"""
import base64
import hashlib
import hmac
import json
import os

NOW = 1796126400  # FuzzSupport.h kNowSecs
STRIPE_SECRET = b"whsec_companion_dev_platform_endpoint"
RESEND_SECRET = b"whsec_Y29tcGFuaW9uLWRldi1yZXNlbmQtd2ViaG9vay1rZXk="
PLUGNMEET_KEY = b"plugnmeet"
PLUGNMEET_SECRET = b"zumyyYWqv7KR2kUqvYdq4z4sXg7XTBD2ljT6"
HERE = os.path.dirname(os.path.abspath(__file__))

CAPTURED = json.loads(r"""
{
 "offerings": [
  {
   "booking_window_days": 60,
   "buffer_after_minutes": 5,
   "buffer_before_minutes": 10,
   "course_id": "crs_spanish",
   "course_title": "Conversational Spanish",
   "currency": "EUR",
   "duration_minutes": 60,
   "id": "off_maya_spanish",
   "max_per_day": 4,
   "max_per_week": 15,
   "minimum_notice_minutes": 720,
   "price_cents": 4500,
   "schedule_id": "sch_usr_maya",
   "seats": 1,
   "slot_interval_minutes": 30,
   "teacher_id": "usr_maya",
   "title": "Conversational Spanish"
  },
  {
   "booking_window_days": 45,
   "buffer_after_minutes": 15,
   "buffer_before_minutes": 15,
   "course_id": "crs_python",
   "course_title": "Python for Data Analysis",
   "currency": "EUR",
   "duration_minutes": 90,
   "id": "off_maya_python",
   "max_per_day": 2,
   "max_per_week": 6,
   "minimum_notice_minutes": 1440,
   "price_cents": 6000,
   "schedule_id": "sch_usr_maya",
   "seats": 4,
   "slot_interval_minutes": 30,
   "teacher_id": "usr_maya",
   "title": "Python for Data Analysis"
  }
 ],
 "schedules": [
  {
   "blocks": [
    {
     "end_date": "2026-12-25",
     "reason": "Conference",
     "start_date": "2026-12-21"
    }
   ],
   "id": "sch_usr_maya",
   "name": "Teaching hours",
   "overrides": [
    {
     "date": "2026-12-10",
     "intervals": []
    },
    {
     "date": "2026-12-13",
     "intervals": [
      {
       "end": "13:00",
       "start": "10:00"
      }
     ]
    }
   ],
   "time_zone": "Europe/Berlin",
   "updated_at": "2026-12-01T12:00:00Z",
   "version": 1,
   "weekly": [
    {
     "day": 1,
     "end": "12:00",
     "start": "09:00"
    },
    {
     "day": 1,
     "end": "17:00",
     "start": "14:00"
    },
    {
     "day": 2,
     "end": "12:00",
     "start": "09:00"
    },
    {
     "day": 2,
     "end": "17:00",
     "start": "14:00"
    },
    {
     "day": 3,
     "end": "12:00",
     "start": "09:00"
    },
    {
     "day": 3,
     "end": "17:00",
     "start": "14:00"
    },
    {
     "day": 4,
     "end": "12:00",
     "start": "09:00"
    },
    {
     "day": 4,
     "end": "17:00",
     "start": "14:00"
    },
    {
     "day": 5,
     "end": "12:00",
     "start": "09:00"
    },
    {
     "day": 5,
     "end": "17:00",
     "start": "14:00"
    }
   ]
  },
  {
   "blocks": [
    {
     "end_date": "2026-12-17",
     "reason": "Family visit",
     "start_date": "2026-12-15"
    }
   ],
   "id": "sch_usr_priya",
   "name": "New York hours",
   "overrides": [],
   "time_zone": "America/New_York",
   "updated_at": "2026-12-01T12:00:00Z",
   "version": 1,
   "weekly": [
    {
     "day": 1,
     "end": "11:00",
     "start": "08:00"
    },
    {
     "day": 1,
     "end": "21:00",
     "start": "18:00"
    },
    {
     "day": 3,
     "end": "11:00",
     "start": "08:00"
    },
    {
     "day": 3,
     "end": "21:00",
     "start": "18:00"
    },
    {
     "day": 5,
     "end": "11:00",
     "start": "08:00"
    },
    {
     "day": 5,
     "end": "21:00",
     "start": "18:00"
    },
    {
     "day": 7,
     "end": "13:00",
     "start": "10:00"
    }
   ]
  }
 ],
 "sessions": [
  {
   "booked_seats": 1,
   "buffer_after_minutes": 5,
   "buffer_before_minutes": 10,
   "cancel_reason": null,
   "cancelled_at": null,
   "course_creator_id": "usr_maya",
   "course_id": "crs_spanish",
   "course_title": "Conversational Spanish",
   "created_at": "2026-12-01T12:00:00Z",
   "currency": "EUR",
   "deleted": false,
   "end": "2026-10-02T08:00:00Z",
   "id": "ses_0001",
   "offering_id": "off_maya_spanish",
   "price_cents": 4500,
   "recording": {
    "duration_seconds": 3480,
    "status": "available",
    "url": "http://127.0.0.1:18765/sandbox/recordings/ses_0001.mp4"
   },
   "room_id": "room_ses_0001",
   "seats": 1,
   "start": "2026-10-02T07:00:00Z",
   "status": "completed",
   "teacher_id": "usr_maya",
   "teacher_name": "Maya Lindqvist",
   "time_zone": "Europe/Berlin",
   "updated_at": "2026-12-01T12:00:00Z",
   "version": 0,
   "viewer_role": "teacher"
  },
  {
   "booked_seats": 1,
   "buffer_after_minutes": 5,
   "buffer_before_minutes": 10,
   "cancel_reason": null,
   "cancelled_at": null,
   "course_creator_id": "usr_maya",
   "course_id": "crs_watercolour",
   "course_title": "Watercolour Basics",
   "created_at": "2026-12-01T12:00:00Z",
   "currency": "EUR",
   "deleted": false,
   "end": "2026-10-02T22:45:00Z",
   "id": "ses_0003",
   "offering_id": "off_priya_watercolour",
   "price_cents": 3000,
   "recording": null,
   "room_id": "room_ses_0003",
   "seats": 1,
   "start": "2026-10-02T22:00:00Z",
   "status": "completed",
   "teacher_id": "usr_priya",
   "teacher_name": "Priya Raman",
   "time_zone": "America/New_York",
   "updated_at": "2026-12-01T12:00:00Z",
   "version": 0,
   "viewer_role": "course_creator"
  },
  {
   "booked_seats": 0,
   "buffer_after_minutes": 5,
   "buffer_before_minutes": 10,
   "cancel_reason": "Student cancelled",
   "cancelled_at": "2026-10-03T14:30:00Z",
   "course_creator_id": "usr_maya",
   "course_id": "crs_watercolour",
   "course_title": "Watercolour Basics",
   "created_at": "2026-12-01T12:00:00Z",
   "currency": "EUR",
   "deleted": false,
   "end": "2026-10-04T15:15:00Z",
   "id": "ses_0005",
   "offering_id": "off_priya_watercolour",
   "price_cents": 3000,
   "recording": null,
   "room_id": null,
   "seats": 1,
   "start": "2026-10-04T14:30:00Z",
   "status": "cancelled",
   "teacher_id": "usr_priya",
   "teacher_name": "Priya Raman",
   "time_zone": "America/New_York",
   "updated_at": "2026-12-01T12:00:00Z",
   "version": 0,
   "viewer_role": "course_creator"
  },
  {
   "booked_seats": 1,
   "buffer_after_minutes": 5,
   "buffer_before_minutes": 10,
   "cancel_reason": null,
   "cancelled_at": null,
   "course_creator_id": "usr_maya",
   "course_id": "crs_spanish",
   "course_title": "Conversational Spanish",
   "created_at": "2026-12-01T12:00:00Z",
   "currency": "EUR",
   "deleted": false,
   "end": "2026-10-09T14:30:00Z",
   "id": "ses_0008",
   "offering_id": "off_maya_spanish",
   "price_cents": 4500,
   "recording": null,
   "room_id": "room_ses_0008",
   "seats": 1,
   "start": "2026-10-09T13:30:00Z",
   "status": "no_show",
   "teacher_id": "usr_maya",
   "teacher_name": "Maya Lindqvist",
   "time_zone": "Europe/Berlin",
   "updated_at": "2026-12-01T12:00:00Z",
   "version": 0,
   "viewer_role": "teacher"
  },
  {
   "booked_seats": 1,
   "buffer_after_minutes": 5,
   "buffer_before_minutes": 10,
   "cancel_reason": null,
   "cancelled_at": null,
   "course_creator_id": "usr_maya",
   "course_id": "crs_watercolour",
   "course_title": "Watercolour Basics",
   "created_at": "2026-12-01T12:00:00Z",
   "currency": "EUR",
   "deleted": false,
   "end": "2026-10-11T15:15:00Z",
   "id": "ses_0011",
   "offering_id": "off_priya_watercolour",
   "price_cents": 3000,
   "recording": null,
   "room_id": "room_ses_0011",
   "seats": 1,
   "start": "2026-10-11T14:30:00Z",
   "status": "no_show",
   "teacher_id": "usr_priya",
   "teacher_name": "Priya Raman",
   "time_zone": "America/New_York",
   "updated_at": "2026-12-01T12:00:00Z",
   "version": 0,
   "viewer_role": "course_creator"
  },
  {
   "booked_seats": 0,
   "buffer_after_minutes": 5,
   "buffer_before_minutes": 10,
   "cancel_reason": "Student cancelled",
   "cancelled_at": "2026-10-12T14:00:00Z",
   "course_creator_id": "usr_maya",
   "course_id": "crs_watercolour",
   "course_title": "Watercolour Basics",
   "created_at": "2026-12-01T12:00:00Z",
   "currency": "EUR",
   "deleted": false,
   "end": "2026-10-13T14:45:00Z",
   "id": "ses_0013",
   "offering_id": "off_maya_watercolour",
   "price_cents": 3000,
   "recording": null,
   "room_id": null,
   "seats": 1,
   "start": "2026-10-13T14:00:00Z",
   "status": "cancelled",
   "teacher_id": "usr_maya",
   "teacher_name": "Maya Lindqvist",
   "time_zone": "Europe/Berlin",
   "updated_at": "2026-12-01T12:00:00Z",
   "version": 0,
   "viewer_role": "teacher"
  }
 ],
 "splits": [
  {
   "amount_cents": 3825,
   "course_id": "crs_spanish",
   "course_title": "Conversational Spanish",
   "created_at": "2026-09-30T07:00:00Z",
   "currency": "EUR",
   "enrollment_id": "enr_00001",
   "gross_amount_cents": 4500,
   "id": "spl_00001_creator",
   "paid_at": "2026-12-01T12:00:00Z",
   "payout_id": "po_demo_sandbox_maya_20261005",
   "recipient_id": "usr_maya",
   "recipient_type": "creator",
   "role": "taught_by_you",
   "session_id": "ses_0001",
   "session_start": "2026-10-02T07:00:00Z",
   "status": "paid",
   "stripe_transfer_id": "tr_sandbox_00001_creator",
   "student_id": "usr_omar",
   "student_name": "Omar Haddad",
   "teacher_id": "usr_maya",
   "teacher_name": "Maya Lindqvist",
   "transaction_id": "txn_00001",
   "updated_at": "2026-12-01T12:00:00Z"
  },
  {
   "amount_cents": 450,
   "course_id": "crs_watercolour",
   "course_title": "Watercolour Basics",
   "created_at": "2026-09-24T22:00:00Z",
   "currency": "EUR",
   "enrollment_id": "enr_00003",
   "gross_amount_cents": 3000,
   "id": "spl_00003_creator",
   "paid_at": "2026-12-01T12:00:00Z",
   "payout_id": "po_demo_sandbox_maya_20260928",
   "recipient_id": "usr_maya",
   "recipient_type": "creator",
   "role": "st_taught_your_course",
   "session_id": "ses_0003",
   "session_start": "2026-10-02T22:00:00Z",
   "status": "paid",
   "stripe_transfer_id": "tr_sandbox_00003_creator",
   "student_id": "usr_tom",
   "student_name": "Tom Becker",
   "teacher_id": "usr_priya",
   "teacher_name": "Priya Raman",
   "transaction_id": "txn_00003",
   "updated_at": "2026-12-01T12:00:00Z"
  },
  {
   "amount_cents": 450,
   "course_id": "crs_watercolour",
   "course_title": "Watercolour Basics",
   "created_at": "2026-09-26T14:30:00Z",
   "currency": "EUR",
   "enrollment_id": "enr_00005",
   "gross_amount_cents": 3000,
   "id": "spl_00005_creator",
   "paid_at": null,
   "payout_id": null,
   "recipient_id": "usr_maya",
   "recipient_type": "creator",
   "role": "st_taught_your_course",
   "session_id": "ses_0005",
   "session_start": "2026-10-04T14:30:00Z",
   "status": "reversed",
   "stripe_transfer_id": "tr_sandbox_00005_creator",
   "student_id": "usr_carlos",
   "student_name": "Carlos Mendes",
   "teacher_id": "usr_priya",
   "teacher_name": "Priya Raman",
   "transaction_id": "txn_00005",
   "updated_at": "2026-12-01T12:00:00Z"
  },
  {
   "amount_cents": 2550,
   "course_id": "crs_watercolour",
   "course_title": "Watercolour Basics",
   "created_at": "2026-10-04T14:00:00Z",
   "currency": "EUR",
   "enrollment_id": "enr_00016",
   "gross_amount_cents": 3000,
   "id": "spl_00016_creator",
   "paid_at": null,
   "payout_id": null,
   "recipient_id": "usr_maya",
   "recipient_type": "creator",
   "role": "taught_by_you",
   "session_id": "ses_0013",
   "session_start": "2026-10-13T14:00:00Z",
   "status": "reversed",
   "stripe_transfer_id": "tr_sandbox_00016_creator",
   "student_id": "usr_tom",
   "student_name": "Tom Becker",
   "teacher_id": "usr_maya",
   "teacher_name": "Maya Lindqvist",
   "transaction_id": "txn_00016",
   "updated_at": "2026-12-01T12:00:00Z"
  },
  {
   "amount_cents": 900,
   "course_id": "crs_python",
   "course_title": "Python for Data Analysis",
   "created_at": "2026-11-15T17:00:00Z",
   "currency": "EUR",
   "enrollment_id": "enr_00090",
   "gross_amount_cents": 6000,
   "id": "spl_00090_creator",
   "paid_at": null,
   "payout_id": null,
   "recipient_id": "usr_maya",
   "recipient_type": "creator",
   "role": "st_taught_your_course",
   "session_id": "ses_0062",
   "session_start": "2026-11-17T17:00:00Z",
   "status": "transferred",
   "stripe_transfer_id": "tr_sandbox_00090_creator",
   "student_id": "usr_sofia",
   "student_name": "Sofia Rossi",
   "teacher_id": "usr_jonas",
   "teacher_name": "Jonas Weber",
   "transaction_id": "txn_00090",
   "updated_at": "2026-12-01T12:00:00Z"
  },
  {
   "amount_cents": 2550,
   "course_id": "crs_watercolour",
   "course_title": "Watercolour Basics",
   "created_at": "2026-11-08T13:00:00Z",
   "currency": "EUR",
   "enrollment_id": "enr_00093",
   "gross_amount_cents": 3000,
   "id": "spl_00093_creator",
   "paid_at": null,
   "payout_id": null,
   "recipient_id": "usr_maya",
   "recipient_type": "creator",
   "role": "taught_by_you",
   "session_id": "ses_0063",
   "session_start": "2026-11-18T13:00:00Z",
   "status": "transferred",
   "stripe_transfer_id": "tr_sandbox_00093_creator",
   "student_id": "usr_mei",
   "student_name": "Mei Tanaka",
   "teacher_id": "usr_maya",
   "teacher_name": "Maya Lindqvist",
   "transaction_id": "txn_00093",
   "updated_at": "2026-12-01T12:00:00Z"
  }
 ],
 "summaries": [
  {
   "from": "2026-10-01",
   "group_by": "role",
   "groups": [
    {
     "amount_cents": 63000,
     "count": 80,
     "currency": "EUR",
     "key": "st_taught_your_course",
     "label": "st_taught_your_course"
    },
    {
     "amount_cents": 288150,
     "count": 69,
     "currency": "EUR",
     "key": "taught_by_you",
     "label": "taught_by_you"
    }
   ],
   "time_zone": "Europe/Berlin",
   "to": "2026-12-31",
   "totals": [
    {
     "amount_cents": 351150,
     "currency": "EUR"
    }
   ]
  },
  {
   "from": "2026-01-01",
   "group_by": "status",
   "groups": [
    {
     "amount_cents": 159600,
     "count": 46,
     "currency": "EUR",
     "key": "pending",
     "label": "pending"
    },
    {
     "amount_cents": 6300,
     "count": 2,
     "currency": "EUR",
     "key": "reversed",
     "label": "reversed"
    }
   ],
   "time_zone": "America/New_York",
   "to": "2026-12-31",
   "totals": [
    {
     "amount_cents": 159600,
     "currency": "EUR"
    }
   ]
  }
 ],
 "users": [
  {
   "email": "creator@demo.test",
   "email_status": "active",
   "id": "usr_maya",
   "name": "Maya Lindqvist",
   "payouts": {
    "account_status": "enabled",
    "payouts_enabled": true,
    "requirements_due": []
   },
   "roles": [
    "creator"
   ],
   "time_zone": "Europe/Berlin"
  },
  {
   "email": "st2@demo.test",
   "id": "usr_priya",
   "name": "Priya Raman",
   "roles": [
    "st"
   ],
   "time_zone": "America/New_York"
  }
 ]
}
""")

TEST_SCHEDULE = {"id": "sch_1", "name": "Main", "time_zone": "America/New_York",
                 "weekly": [{"day": 1, "start": "09:00", "end": "12:00"}, {"day": 1, "start": "13:00", "end": "24:00"}],
                 "overrides": [{"date": "2025-12-24", "intervals": []},
                               {"date": "2025-12-27", "intervals": [{"start": "10:00", "end": "11:00"}]}],
                 "blocks": [{"start_date": "2025-08-01", "end_date": "2025-08-14", "reason": "holiday"}]}
NIGHT_SCHEDULE = {"id": "sch_night", "name": "Nights", "time_zone": "Europe/Berlin",
                  "weekly": [{"day": 6, "start": "22:00", "end": "24:00"}, {"day": 7, "start": "00:00", "end": "02:00"}],
                  "overrides": [{"date": "2026-03-29", "intervals": [{"start": "01:00", "end": "04:00"}]}],
                  "blocks": []}
TEST_OFFERING = {"id": "off_1", "schedule_id": "sch_1", "title": "Lesson", "duration_minutes": 60,
                 "slot_interval_minutes": 30, "buffer_before_minutes": 10, "buffer_after_minutes": 5,
                 "minimum_notice_minutes": 120, "booking_window_days": 60, "max_per_day": 3,
                 "max_per_week": None, "seats": 4, "price_cents": 4500, "currency": "EUR"}


def compact(value):
    return json.dumps(value, separators=(",", ":"), sort_keys=True).encode()


def write(target, name, data):
    directory = os.path.join(HERE, "corpus", target)
    os.makedirs(directory, exist_ok=True)
    with open(os.path.join(directory, "seed_" + name), "wb") as f:
        f.write(data if isinstance(data, bytes) else compact(data))


def b64url(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=")


def stripe_header(body, t=NOW, secret=STRIPE_SECRET):
    return b"t=%d,v1=%s" % (t, hmac.new(secret, b"%d." % t + body, hashlib.sha256).hexdigest().encode())


def svix_signature(msg_id, t, body, secret=RESEND_SECRET):
    key = base64.b64decode(secret[len(b"whsec_"):])
    return b"v1," + base64.b64encode(hmac.new(key, msg_id + b".%d." % t + body, hashlib.sha256).digest())


def plugnmeet_token(body, now=NOW, claims=None, header=b'{"alg":"HS256","typ":"JWT"}'):
    claims = claims or {"iss": "plugnmeet", "nbf": now, "exp": now + 300,
                        "sha256": base64.b64encode(hashlib.sha256(body).digest()).decode()}
    signing_input = b64url(header) + b"." + b64url(compact(claims))
    return signing_input + b"." + b64url(hmac.new(PLUGNMEET_SECRET, signing_input, hashlib.sha256).digest())


def stripe_event(n, type_, obj, account=None, created=NOW - 60):
    event = {"id": "evt_seed_%d" % n, "object": "event", "type": type_, "created": created,
             "livemode": False, "data": {"object": obj}}
    if account:
        event["account"] = account
    return event


def checkout(cs, offering, start, student, paid=True, amount=4500):
    return {"id": cs, "object": "checkout.session", "mode": "payment", "status": "complete",
            "payment_status": "paid" if paid else "unpaid", "amount_total": amount, "currency": "eur",
            "client_reference_id": student, "payment_intent": "pi_" + cs, "created": NOW - 120,
            "metadata": {"offering_id": offering, "start": start, "student_id": student}}


def room_event(n, type_, session, participant=None, recording=None, created=NOW):
    event = {"event": type_, "id": "EV_seed_%d" % n, "created_at": str(created),
             "room": {"sid": "RM_seed_" + session, "room_id": "room_" + session, "creation_time": str(created - 600)}}
    if participant:
        event["participant"] = participant
    if recording:
        event["recording_info"] = recording
    return event


def person(sid, identity, joined=NOW - 3600):
    return {"sid": sid, "identity": identity, "state": "ACTIVE", "joined_at": str(joined)}


def json_seeds():
    for i, s in enumerate(CAPTURED["sessions"]):
        write("fuzz_session_json", "%d_%s_%s" % (i, s["status"], s["viewer_role"]), s)
    for i, s in enumerate(CAPTURED["splits"]):
        write("fuzz_split_json", "%d_%s_%s" % (i, s["status"], s["role"]), s)
    for i, o in enumerate(CAPTURED["offerings"] + [TEST_OFFERING]):
        write("fuzz_offering_json", "%d_%s" % (i, o["id"]), o)
    for i, s in enumerate(CAPTURED["schedules"] + [TEST_SCHEDULE, NIGHT_SCHEDULE]):
        write("fuzz_schedule_json", "%d_%s" % (i, s["id"]), s)
    for i, s in enumerate(CAPTURED["summaries"]):
        write("fuzz_earnings_json", "%d_%s" % (i, s["group_by"]), s)
    for i, u in enumerate(CAPTURED["users"]):
        write("fuzz_user_json", "%d_%s" % (i, u["id"]), u)
    busy = [{"id": "ses_1", "offering_id": "off_1", "start": "2025-12-01T15:00:00Z", "end": "2025-12-01T16:00:00Z",
             "status": "scheduled", "buffer_before_minutes": 10, "buffer_after_minutes": 5, "seats": 4,
             "booked_seats": 2}]
    write("fuzz_slot_request_json", "0_new_york",
          {"schedule": TEST_SCHEDULE, "offering": TEST_OFFERING, "busy": busy, "from": "2025-12-01",
           "to": "2025-12-07", "now": "2025-11-30T12:00:00.500Z", "tz": "Europe/Berlin"})
    write("fuzz_slot_request_json", "1_night_dst",
          {"schedule": NIGHT_SCHEDULE, "offering": dict(TEST_OFFERING, slot_interval_minutes=None, seats=1),
           "busy": {"sessions": []}, "from": "2026-03-27", "to": "2026-03-30", "now": "2026-03-01T00:00:00+01:00"})
    maya = CAPTURED["schedules"][0]
    write("fuzz_slot_request_json", "2_demo",
          {"schedule": maya, "offering": CAPTURED["offerings"][1], "from": "2026-12-07", "to": "2026-12-13",
           "now": "2026-12-01T12:00:00Z", "tz": "America/New_York"})


def signature_seeds():
    body = compact(stripe_event(1, "checkout.session.completed",
                                checkout("cs_seed_1", "off_maya_spanish", "2027-01-13T10:00:00Z", "usr_lena")))
    write("fuzz_stripe_signature", "0_valid", stripe_header(body) + b"\n" + body)
    other = hmac.new(b"whsec_other", b"%d." % NOW + body, hashlib.sha256).hexdigest().encode()
    write("fuzz_stripe_signature", "1_roll_v0",
          b"t=%d,v1=%s,%s,v0=%s" % (NOW, other, stripe_header(body).split(b",")[1], other) + b"\n" + body)
    write("fuzz_stripe_signature", "2_stale", stripe_header(body, NOW - 301) + b"\n" + body)
    write("fuzz_stripe_signature", "3_spaces", b" t = %d , v1 = %s" % (NOW, b"00" * 32) + b"\n{}")

    body = compact({"type": "email.bounced", "created_at": "2026-12-01T11:00:00.000Z",
                    "data": {"to": ["student2@demo.test"], "email_id": "em_seed_1"}})
    write("fuzz_svix_signature", "0_valid",
          b"msg_seed_1\n%d\n%s\n%s" % (NOW, svix_signature(b"msg_seed_1", NOW, body), body))
    write("fuzz_svix_signature", "1_two",
          b"msg_seed_2\n%d\nv1,AAAA v2,xyz %s\n%s" % (NOW, svix_signature(b"msg_seed_2", NOW, body), body))
    write("fuzz_svix_signature", "2_future",
          b"msg_seed_3\n%d\n%s\n%s" % (NOW + 301, svix_signature(b"msg_seed_3", NOW + 301, body), body))

    body = compact(room_event(1, "participant_joined", "ses_0081", person("PA_seed_t", "usr_maya")))
    write("fuzz_plugnmeet_token", "0_valid", plugnmeet_token(body) + b"\n" + body)
    write("fuzz_plugnmeet_token", "1_bearer", b"Bearer " + plugnmeet_token(body) + b"\n" + body)
    write("fuzz_plugnmeet_token", "2_none", plugnmeet_token(body, header=b'{"alg":"none"}') + b"\n" + body)
    write("fuzz_plugnmeet_token", "3_no_exp",
          plugnmeet_token(body, claims={"iss": "plugnmeet", "sha256": "x"}) + b"\n" + body)

    for i, query in enumerate([b"cursor=djE6MA&limit=100", b"cursor=djE6Nzg4", b"limit=500", b"cursor=djE6MTAwMQ",
                               b"cursor=djE6LTE&limit=0"]):
        write("fuzz_sync_cursor", str(i), query)


def event_seeds():
    n = iter(range(100, 1000))
    # A booking, its duplicate, a delayed payment, a refund and the demo world's money events.
    booking = checkout("cs_seed_a", "off_jonas_spanish", "2027-01-13T10:00:00Z", "usr_lena")
    write("fuzz_stripe_events", "0_booking_flow", [
        stripe_event(next(n), "checkout.session.completed", booking),
        stripe_event(next(n), "checkout.session.completed", booking),
        stripe_event(next(n), "charge.refunded",
                     {"id": "ch_seed_a", "object": "charge", "amount": 4500, "amount_refunded": 1500,
                      "refunded": False, "currency": "eur", "payment_intent": "pi_cs_seed_a"}),
    ])
    delayed = checkout("cs_seed_b", "off_maya_python", "2027-01-14T09:00:00Z", "usr_tom", paid=False, amount=6000)
    write("fuzz_stripe_events", "1_delayed", [
        stripe_event(next(n), "checkout.session.completed", delayed),
        stripe_event(next(n), "checkout.session.async_payment_succeeded", dict(delayed, payment_status="paid")),
        stripe_event(next(n), "checkout.session.async_payment_failed", checkout(
            "cs_seed_c", "off_maya_python", "2027-01-14T09:00:00Z", "usr_aisha", paid=False, amount=6000)),
    ])
    write("fuzz_stripe_events", "2_slot_taken", [
        stripe_event(next(n), "checkout.session.completed",
                     checkout("cs_seed_d", "off_jonas_spanish", "2026-12-01T18:00:00Z", "usr_omar")),
    ])
    write("fuzz_stripe_events", "3_transfers_payout", [
        stripe_event(next(n), "transfer.created",
                     {"id": "tr_seed_1", "object": "transfer", "amount": 3150, "amount_reversed": 0,
                      "currency": "eur", "created": NOW - 500, "destination": "acct_sandbox_priya",
                      "source_transaction": "ch_sandbox_txn_00003", "transfer_group": "group_pi_sandbox_txn_00003",
                      "metadata": {"split_id": "spl_00003_st"}}),
        stripe_event(next(n), "transfer.reversed",
                     {"id": "tr_seed_1", "object": "transfer", "amount": 3150, "amount_reversed": 3150,
                      "reversed": True, "currency": "eur", "created": NOW - 500, "destination": "acct_sandbox_priya",
                      "metadata": {"split_id": "spl_00003_st"}}),
        stripe_event(next(n), "payout.paid",
                     {"id": "po_seed_1", "object": "payout", "amount": 3150, "created": NOW - 100,
                      "arrival_date": NOW + 86400, "status": "paid"}, account="acct_sandbox_priya"),
        stripe_event(next(n), "payout.failed",
                     {"id": "po_seed_1", "object": "payout", "amount": 3150, "created": NOW - 100,
                      "arrival_date": NOW + 86400, "status": "failed"}, account="acct_sandbox_priya"),
    ])
    write("fuzz_stripe_events", "4_account", stripe_event(next(n), "account.updated", {
        "id": "acct_sandbox_jonas", "object": "account", "charges_enabled": True, "payouts_enabled": False,
        "details_submitted": True,
        "requirements": {"currently_due": ["individual.verification.document"], "eventually_due": [],
                         "past_due": [], "pending_verification": [], "disabled_reason": None,
                         "current_deadline": NOW + 30 * 86400}}, account="acct_sandbox_jonas"))
    write("fuzz_stripe_events", "5_refund_demo", stripe_event(next(n), "charge.refunded", {
        "id": "ch_sandbox_txn_00164", "object": "charge", "amount": 6000, "amount_refunded": 6000, "refunded": True,
        "currency": "eur", "payment_intent": "pi_sandbox_txn_00164"}))

    # A session's room: joins, a drop-out, both end events, the recording; a room not yet known.
    write("fuzz_plugnmeet_events", "0_room_flow", [
        room_event(next(n), "room_started", "ses_0081"),
        room_event(next(n), "participant_joined", "ses_0081", person("PA_seed_t", "usr_maya")),
        room_event(next(n), "participant_joined", "ses_0081", person("PA_seed_s", "usr_lena")),
        room_event(next(n), "participant_left", "ses_0081", person("PA_seed_s", "usr_lena")),
        room_event(next(n), "session_ended", "ses_0081"),
        room_event(next(n), "room_finished", "ses_0081", created=NOW + 5),
        room_event(next(n), "recording_proceeded", "ses_0081", recording={
            "record_id": "RM_seed-rec", "file_path": "node_01/room_ses_0081/rec.mp4", "file_size": 10.5,
            "recorder_msg": "success"}),
    ])
    write("fuzz_plugnmeet_events", "1_no_show", [
        room_event(next(n), "participant_joined", "ses_0082", person("PA_seed_x", "usr_sofia")),
        room_event(next(n), "room_finished", "ses_0082"),
    ])
    write("fuzz_plugnmeet_events", "2_parked", room_event(next(n), "participant_joined", "ses_unknown",
                                                          person("PA_seed_y", "usr_maya")))

    for i, (type_, to) in enumerate([("email.bounced", ["st2@demo.test"]), ("email.delivered", "st2@demo.test"),
                                     ("email.complained", ["student2@demo.test", "x@y"]),
                                     ("email.failed", ["creator@demo.test"])]):
        write("fuzz_resend_events", "%d_%s" % (i, type_.split(".")[1]),
              {"type": type_, "created_at": "2026-12-01T1%d:00:00.000Z" % i,
               "data": {"to": to, "email_id": "em_seed_%d" % i}})
    write("fuzz_resend_events", "4_order", [
        {"type": "email.bounced", "created_at": "2026-12-01T11:00:00.000Z", "data": {"to": ["st1@demo.test"]}},
        {"type": "email.delivered", "created_at": "2026-12-01T10:00:00.000Z", "data": {"to": ["st1@demo.test"]}},
    ])


def tokens(value, out):
    """JSON keys (quoted, as they appear in a body) and short string values of the seeds."""
    if isinstance(value, dict):
        for key, item in value.items():
            out.add('"%s":' % key)
            tokens(item, out)
    elif isinstance(value, list):
        for item in value:
            tokens(item, out)
    elif isinstance(value, str) and len(value) <= 40:
        out.add('"%s"' % value)


def dictionaries():
    """dict/<target>.dict for the JSON targets: libFuzzer cannot see into Qt's (uninstrumented)
    JSON parser and string compares, so it gets the words of each format from here."""
    common = ['null', 'true', 'false', '-1', '1e308', '-1e308', '-0', '9223372036854775807', '1.5', '[]', '{}',
              '"9223372036854775807"', '"-9223372036854775808"', '""',
              '"2026-12-01T12:00:00Z"', '"2026-12-01"', '"24:00"', '"Europe/Berlin"']
    fixed = {
        "fuzz_stripe_signature": ['"t="', '",v1="', '",v0="', '","', '"%d"' % NOW, '"\\x0A"'],
        "fuzz_svix_signature": ['"v1,"', '" "', '"%d"' % NOW, '"whsec_"', '"="', '"\\x0A"'],
        "fuzz_plugnmeet_token": ['"Bearer "', '"."', '"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"', '"\\x0A"'],
        "fuzz_sync_cursor": ['"cursor="', '"limit="', '"&"', '"djE6"', '"%2B"', '"%3D"', '"500"'],
    }
    for target in sorted(os.listdir(os.path.join(HERE, "corpus"))):
        words = set(fixed.get(target, []))
        if target not in fixed:
            words.update(common)
        directory = os.path.join(HERE, "corpus", target)
        for name in os.listdir(directory):
            if name.startswith("seed_") and target not in fixed:
                with open(os.path.join(directory, name), "rb") as f:
                    tokens(json.loads(f.read()), words)
        os.makedirs(os.path.join(HERE, "dict"), exist_ok=True)
        with open(os.path.join(HERE, "dict", target + ".dict"), "w") as f:
            f.write("# Written by make_seeds.py from the seeds of corpus/%s.\n" % target)
            for word in sorted(words):
                f.write((word if target in fixed else json.dumps(word)) + "\n")


if __name__ == "__main__":
    json_seeds()
    signature_seeds()
    event_seeds()
    dictionaries()

#!/usr/bin/env node
// Competitor benchmark: npm ical-generator builds and serialises N Companion sessions.
//
// Usage: node tests/bench/ics/gen_ical_generator.mjs N REPEAT [OUT_PREFIX]
//
// Prints one JSON line {"tool", "version", "events", "median_ms", "bytes"}. Each timed
// run builds the calendar with N events in memory and serialises it to a string (no
// process start, no file writing). With OUT_PREFIX it also writes OUT_PREFIX.ics (last
// run) and OUT_PREFIX.json (EXPECTED form of tests/ical/check_ics.*), outside timing.
// Event content follows the same rules as gen_python_icalendar.py (see session()).
//
// Packages come from tests/ical/node_modules (npm ci --prefix tests/ical).
import fs from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(new URL('../../ical/package.json', import.meta.url));
const { default: ical, ICalCalendarMethod, ICalEventStatus } = require('ical-generator');
const { getVtimezoneComponent } = require('@touch4it/ical-timezones');
const { DateTime } = require('luxon');
// package.json is not in its "exports": read it next to the resolved dist/index.cjs
const version = JSON.parse(fs.readFileSync(new URL('../package.json', `file://${require.resolve('ical-generator')}`))).version;

const ZONES = ['Europe/Berlin', 'America/New_York', 'Asia/Kathmandu', 'Australia/Lord_Howe'];
const BASE_MS = Date.UTC(2026, 0, 5, 8, 0, 0);
const STAMP = DateTime.fromMillis(Date.UTC(2026, 0, 1), { zone: 'utc' });
const DESCRIPTION = 'Taught by Jonas Weber\nStudents: Ana, Ben, Chloé\nSeats: 3 of 6\nYour share: €42.00';

/** The deterministic content of session i (UTC start/end in ms, zone, texts). */
function session(i) {
  const start = BASE_MS + i * 3 * 3600_000;
  return {
    uid: `ses_${i}@demo.companion.test`, zone: ZONES[i % 4], start, end: start + 60 * 60_000,
    summary: `Course ${i % 37}: Spanish, conversation; level B1`,
    url: `https://demo.companion.test/sessions/ses_${i}`,
    status: i % 17 === 16 ? 'CANCELLED' : 'CONFIRMED', sequence: i % 3,
  };
}

function build(n) {
  const cal = ical({
    prodId: '//Companion//Companion 0.1//EN',
    method: ICalCalendarMethod.PUBLISH,
    scale: 'GREGORIAN',
    name: 'Companion — Maya Lindqvist', // NAME + X-WR-CALNAME
    ttl: 3600, // REFRESH-INTERVAL + X-PUBLISHED-TTL
    // name: null on purpose: a calendar-level zone name makes ical-generator write
    // DTSTAMP and LAST-MODIFIED as floating local times (no Z), which RFC 5545 forbids.
    // The generator still emits one VTIMEZONE per event zone.
    timezone: { name: null, generator: getVtimezoneComponent },
    x: [['X-WR-TIMEZONE', 'Europe/Berlin']],
  });
  for (let i = 0; i < n; i++) {
    const s = session(i);
    cal.createEvent({
      id: s.uid,
      // Luxon, not Date: with a native Date ical-generator writes the *process* local
      // wall time next to TZID=<zone>; a Luxon DateTime is converted with setZone(zone).
      start: DateTime.fromMillis(s.start, { zone: 'utc' }),
      end: DateTime.fromMillis(s.end, { zone: 'utc' }),
      timezone: s.zone,
      stamp: STAMP,
      lastModified: STAMP,
      summary: s.summary,
      description: DESCRIPTION,
      location: s.url,
      url: s.url,
      status: ICalEventStatus[s.status],
      categories: [{ name: 'Teaching' }],
      sequence: s.sequence,
    });
  }
  return cal.toString();
}

function expected(n) {
  const iso = (ms) => new Date(ms).toISOString().replace('.000Z', 'Z');
  return Array.from({ length: n }, (_, i) => session(i)).map((s) => ({
    uid: s.uid, summary: s.summary, status: s.status, tzid: s.zone,
    start: iso(s.start), end: iso(s.end), sequence: s.sequence,
  }));
}

function main() {
  const args = process.argv.slice(2);
  if (args.length < 2 || args.length > 3) {
    console.error('usage: gen_ical_generator.mjs N REPEAT [OUT_PREFIX]');
    process.exit(2);
  }
  const [n, repeat] = args.map(Number);
  const times = [];
  let text = '';
  for (let r = 0; r < repeat; r++) {
    const t0 = performance.now();
    text = build(n);
    times.push(performance.now() - t0);
  }
  if (args[2]) {
    fs.writeFileSync(`${args[2]}.ics`, text);
    fs.writeFileSync(`${args[2]}.json`, JSON.stringify(expected(n), null, 1));
  }
  times.sort((a, b) => a - b);
  const mid = times.length >> 1;
  const median = times.length % 2 ? times[mid] : (times[mid - 1] + times[mid]) / 2;
  console.log(JSON.stringify({
    tool: 'ical-generator', version, events: n,
    median_ms: Math.round(median * 10) / 10, bytes: Buffer.byteLength(text, 'utf8'),
  }));
}

main();

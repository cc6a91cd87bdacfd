#!/usr/bin/env node
// Independent checker for Companion's .ics output, built on ical.js (Mozilla/kewisch).
//
// Usage: node tests/ical/check_ics.mjs FILE.ics EXPECTED.json
//
// Same contract and raw-byte layer as check_ics.py (duplicated on purpose so each
// checker stands alone); an event whose expected "tzid" is null must be written in
// UTC ("...Z", no TZID). The difference: local DTSTART/DTEND are resolved through the
// file's *own* VTIMEZONE components (ical.js expands their observances, RRULEs and
// RDATEs), never through a tz database, so this validates the VTIMEZONE data itself.
import fs from 'node:fs';
import ICAL from 'ical.js';

const MAX_OCTETS = 75; // RFC 5545 3.1, excluding the CRLF
const REQUIRED_CAL = { PRODID: null, VERSION: '2.0', CALSCALE: 'GREGORIAN', METHOD: 'PUBLISH', 'X-WR-CALNAME': null };
const LOCAL_DT = /^\d{8}T\d{6}$/; // local (not UTC, not DATE) DATE-TIME
const UTC_DT = /^\d{8}T\d{6}Z$/;
const PARAM = /;([A-Za-z0-9-]+)=("[^"]*"|[^;:]*)/g;
const strict = new TextDecoder('utf-8', { fatal: true });
const show = (v) => JSON.stringify(v);

/** 'NAME;P=v:value' -> [NAME, {P: v}, value]; ':' inside quoted params is skipped. */
function splitContentLine(line) {
  let inQuote = false;
  let colon = line.length;
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '"') inQuote = !inQuote;
    else if (line[i] === ':' && !inQuote) { colon = i; break; }
  }
  const head = line.slice(0, colon);
  const params = {};
  for (const [, k, v] of head.matchAll(PARAM)) params[k.toUpperCase()] = v.replace(/^"|"$/g, '');
  return [head.split(/[;:]/, 1)[0].toUpperCase(), params, line.slice(colon + 1)];
}

/** Byte-level and content-line checks; returns a list of error strings. */
function checkRaw(data) {
  const errs = [];
  const endsCRLF = data.length >= 2 && data[data.length - 2] === 0x0d && data[data.length - 1] === 0x0a;
  if (!endsCRLF) errs.push('file: does not end with CRLF');
  const physical = [];
  for (let start = 0; start < data.length;) {
    let nl = data.indexOf(0x0a, start);
    if (nl < 0) nl = data.length;
    physical.push({ raw: data.subarray(start, nl), lf: nl < data.length });
    start = nl + 1;
  }
  const logical = []; // unfolded content lines, as bytes
  physical.forEach(({ raw, lf }, idx) => {
    const n = idx + 1;
    if (raw.at(-1) === 0x0d) raw = raw.subarray(0, -1);
    else if (lf) errs.push(`line ${n}: ends with bare LF, expected CRLF`);
    if (raw.includes(0x0d)) errs.push(`line ${n}: bare CR inside the line`);
    if (raw.length > MAX_OCTETS) errs.push(`line ${n}: ${raw.length} octets, more than ${MAX_OCTETS} (excluding CRLF)`);
    try {
      strict.decode(raw);
    } catch {
      errs.push(`line ${n}: not valid UTF-8 on its own - a fold split a multi-byte character?`);
    }
    if (raw[0] === 0x20 || raw[0] === 0x09) {
      if (raw[0] === 0x09) errs.push(`line ${n}: continuation line starts with TAB, expected one space`);
      if (!logical.length) errs.push(`line ${n}: continuation line with nothing to continue`);
      else logical[logical.length - 1] = Buffer.concat([logical.at(-1), raw.subarray(1)]);
    } else {
      logical.push(raw);
    }
  });

  const stack = [];
  const calProps = {};
  for (const bytes of logical) {
    const line = bytes.toString('utf8');
    const [name, params, value] = splitContentLine(line);
    if (name === 'BEGIN') { stack.push(value.toUpperCase()); continue; }
    if (name === 'END') {
      if (stack.at(-1) !== value.toUpperCase()) errs.push(`structure: END:${value} does not close ${stack.at(-1) ?? 'anything'}`);
      else stack.pop();
      continue;
    }
    const tzids = 'TZID' in params ? [params.TZID] : [];
    if (name === 'TZID') tzids.push(value);
    for (const t of tzids) if (t.startsWith('/')) errs.push(`${name}: TZID ${show(t)} starts with '/' (write the plain IANA name)`);
    if (stack.length === 1 && stack[0] === 'VCALENDAR') {
      if (!(name in calProps)) calProps[name] = value;
    } else if (stack.at(-1) === 'VEVENT' && (name === 'DTSTART' || name === 'DTEND')) {
      // local time with ;TZID=, or UTC for what a TZID cannot express (the second pass
      // of a repeated hour, UTC itself); never floating, never a DATE
      const zoned = 'TZID' in params ? LOCAL_DT.test(value) : UTC_DT.test(value);
      if (!zoned) errs.push(`${name}: ${show(line)} is neither local time with ;TZID= nor UTC`);
    }
  }
  if (stack.length) errs.push(`structure: unclosed ${stack.join('/')}`);
  for (const [prop, want] of Object.entries(REQUIRED_CAL)) {
    const got = calProps[prop];
    if (!got || (want !== null && got !== want)) errs.push(`VCALENDAR: ${prop} expected ${want ?? 'a value'}, got ${show(got ?? null)}`);
  }
  return errs;
}

// ical.js keeps a VTIMEZONE's expanded transitions in Timezone#changes, sorted, each
// as the UTC instant of the change plus the offsets before (prevUtcOffset) and after.
const instant = (c) => Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second) / 1000;

function offsetAt(changes, utc) {
  let off = changes[0].prevUtcOffset; // before the first observance: its TZOFFSETFROM
  for (const c of changes) {
    if (instant(c) > utc) break;
    off = c.utcOffset;
  }
  return off;
}

/** Local wall time (seconds, as if UTC) -> UTC seconds, by RFC 5545 3.3.5.
 *  ical.js's own Time#toUnixTime maps a repeated local time to its *second* occurrence
 *  (standard time) and a skipped one with the offset after the gap; the RFC says first
 *  occurrence and offset before the gap, so the rule is applied here on ical.js's changes. */
function localToUtc(changes, local) {
  const offsets = new Set(changes.flatMap((c) => [c.utcOffset, c.prevUtcOffset]));
  const valid = [...offsets].map((o) => local - o).filter((u) => offsetAt(changes, u) === local - u);
  if (valid.length) return Math.min(...valid); // repeated: first occurrence
  const gap = changes.find((c) => local >= instant(c) + c.prevUtcOffset && local < instant(c) + c.utcOffset);
  return local - (gap ? gap.prevUtcOffset : offsetAt(changes, local)); // skipped: offset before the gap
}

const isoUtc = (sec) => new Date(sec * 1000).toISOString().replace('.000Z', 'Z');

/** [tzid or null, 'YYYY-MM-DDTHH:MM:SSZ' or a problem, ical.js's own answer] for DTSTART/DTEND. */
function toUtc(prop, zones) {
  if (!prop) return [null, 'missing'];
  const tzid = prop.getParameter('tzid') ?? null;
  const t = prop.getFirstValue();
  if (!(t instanceof ICAL.Time) || t.isDate) return [tzid, `not a DATE-TIME (${show(String(t))})`];
  if (tzid === null) { // must then be UTC ("...Z")
    if (t.zone !== ICAL.Timezone.utcTimezone) return [null, `floating time, no TZID and no Z (${t.toICALString()})`];
    return [null, isoUtc(t.toUnixTime())];
  }
  const zone = zones.get(tzid);
  if (!zone) return [tzid, `TZID ${show(tzid)} has no VTIMEZONE in the file`];
  zone.utcOffset(t); // makes ical.js expand the observances far enough for t.year
  if (!zone.changes.length) return [tzid, `VTIMEZONE ${show(tzid)} has no usable STANDARD/DAYLIGHT`];
  const local = Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second) / 1000;
  return [tzid, isoUtc(localToUtc(zone.changes, local)), isoUtc(t.toUnixTime())];
}

function checkEvents(text, expected) {
  const errs = [];
  let root;
  try {
    root = new ICAL.Component(ICAL.parse(text));
  } catch (e) {
    return [[`file: ical.js cannot parse it: ${e.message}`], 0, 0];
  }
  // Register every VTIMEZONE of the file, and resolve TZIDs only against those.
  const zones = new Map();
  for (const vtz of root.getAllSubcomponents('vtimezone')) {
    const tz = new ICAL.Timezone(vtz);
    zones.set(tz.tzid, tz);
    ICAL.TimezoneService.register(tz);
  }
  const vevents = root.getAllSubcomponents('vevent');
  const events = new Map();
  for (const ve of vevents) {
    const uid = String(ve.getFirstPropertyValue('uid'));
    if (events.has(uid)) errs.push(`${uid}: UID occurs more than once`);
    events.set(uid, ve);
  }
  if (vevents.length !== expected.length || events.size !== expected.length) {
    errs.push(`file: ${vevents.length} VEVENTs, expected ${expected.length}`);
  }
  const wantUids = new Set(expected.map((e) => e.uid));
  for (const uid of [...events.keys()].sort()) if (!wantUids.has(uid)) errs.push(`${uid}: unexpected event`);

  let icaljsDiffers = 0;
  for (const e of expected) {
    const ve = events.get(e.uid);
    if (!ve) { errs.push(`${e.uid}: event missing`); continue; }
    const got = {
      summary: ve.getFirstPropertyValue('summary'),
      status: ve.getFirstPropertyValue('status'),
      sequence: ve.getFirstPropertyValue('sequence'),
    };
    for (const key of ['DTSTART', 'DTEND']) {
      const [tzid, utc, own] = toUtc(ve.getFirstProperty(key.toLowerCase()), zones);
      got[`${key} TZID`] = tzid;
      got[key] = utc;
      if (own && own !== utc) icaljsDiffers++;
    }
    const want = {
      summary: e.summary, status: e.status, sequence: e.sequence,
      'DTSTART TZID': e.tzid ?? null, 'DTEND TZID': e.tzid ?? null, DTSTART: e.start, DTEND: e.end,
    };
    for (const k of Object.keys(want)) {
      if (got[k] !== want[k]) errs.push(`${e.uid}: ${k}: expected ${show(want[k])}, got ${show(got[k] ?? null)}`);
    }
  }
  return [errs, events.size, zones.size, icaljsDiffers];
}

function main() {
  if (process.argv.length !== 4) {
    console.error('usage: check_ics.mjs FILE.ics EXPECTED.json');
    process.exit(2);
  }
  const [file, expectedFile] = process.argv.slice(2);
  const data = fs.readFileSync(file);
  const expected = JSON.parse(fs.readFileSync(expectedFile, 'utf8'));
  const version = JSON.parse(fs.readFileSync(new URL('../package.json', import.meta.resolve('ical.js')), 'utf8')).version;

  const [eventErrs, count, zoneCount, icaljsDiffers] = checkEvents(data.toString('utf8'), expected);
  const errs = [...checkRaw(data), ...eventErrs];
  if (errs.length) {
    console.error(errs.join('\n'));
    console.error(`ical.js ${version}: ${errs.length} problem(s) in ${file}`);
    process.exit(1);
  }
  const note = icaljsDiffers
    ? ` (${icaljsDiffers} repeated/skipped local times resolved per RFC 5545; ical.js's own toUnixTime disagrees)`
    : '';
  console.log(`ical.js ${version} (the file's own ${zoneCount} VTIMEZONEs): ${count} events ok${note}`);
}

main();

#!/usr/bin/env node
// Independent reader #1: Mozilla's ical.js expands every VEVENT and VTODO of a file with the
// file's OWN VTIMEZONE definitions (not the system tz database), the way Thunderbird does.
//
// usage: node icaljs-occurrences.mjs FILE.ics|FOLDER FROM_ISO_DATE TO_ISO_DATE
// prints one JSON object per line per occurrence starting in [FROM, TO + 1 day):
//   {"uid", "summary", "component": "VEVENT"|"VTODO", "start": epoch s UTC|null, "end": epoch s UTC|null,
//    "floating": bool, "startLocal", "endLocal"}
// Zoned and UTC values give epoch seconds; floating and date-only values are reported with
// "floating": true and their wall-clock text in startLocal/endLocal (start/end are then null),
// and the range is compared with their wall clock. Exit 1 with a message on stderr on any error.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';

function fail(message) {
  process.stderr.write(`icaljs-occurrences: ${message}\n`);
  process.exit(1);
}

const [file, fromText, toText] = process.argv.slice(2);
if (!file || !/^\d{4}-\d{2}-\d{2}$/.test(fromText ?? '') || !/^\d{4}-\d{2}-\d{2}$/.test(toText ?? '')) {
  fail('usage: icaljs-occurrences.mjs FILE.ics FROM_ISO_DATE TO_ISO_DATE');
}
const fromSecond = Date.parse(`${fromText}T00:00:00Z`) / 1000;
const toSecond = Date.parse(`${toText}T00:00:00Z`) / 1000 + 86400; // exclusive
if (Number.isNaN(fromSecond) || Number.isNaN(toSecond) || toSecond <= fromSecond) {
  fail(`not a date range: ${fromText} .. ${toText}`);
}

// FILE may also be a folder: each of its .ics files is one calendar (CalDAV's resources, each
// with its own VTIMEZONEs), and the occurrences of all of them are printed.
function calendarsOf(path) {
  let text;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    fail(`cannot read ${path}: ${e.message}`);
  }
  let root;
  try {
    root = new ICAL.Component(ICAL.parse(text));
  } catch (e) {
    fail(`cannot parse ${path}: ${e.message}`);
  }
  const found = root.name === 'vcalendar' ? [root] : root.getAllSubcomponents('vcalendar');
  if (found.length === 0) {
    fail(`${path} holds no VCALENDAR`);
  }
  return found;
}

const files = statSync(file, { throwIfNoEntry: false })?.isDirectory()
  ? readdirSync(file).filter((name) => name.endsWith('.ics')).sort().map((name) => join(file, name))
  : [file];
const calendars = files.flatMap(calendarsOf);

function isFloating(time) {
  return time.isDate || time.zone === ICAL.Timezone.localTimezone || (!time.zone && !time.timezone);
}

// Floating values have no instant: compare them with the range by their wall clock read as UTC.
function wallSecond(time) {
  return Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute, time.second) / 1000;
}

function instant(time) {
  return time ? time.toUnixTime() : null;
}

function emit(component, start, end) {
  const floating = (start && isFloating(start)) || (end && isFloating(end)) || false;
  const key = start ?? end;
  const keySecond = key ? (floating ? wallSecond(key) : instant(key)) : null;
  if (keySecond === null || keySecond < fromSecond || keySecond >= toSecond) {
    return;
  }
  const row = {
    uid: component.getFirstPropertyValue('uid'),
    summary: component.getFirstPropertyValue('summary'),
    component: component.name.toUpperCase(),
    start: floating || !start ? null : instant(start),
    end: floating || !end ? null : instant(end),
    floating,
  };
  if (floating) {
    row.startLocal = start ? start.toString() : null;
    row.endLocal = end ? end.toString() : null;
  }
  process.stdout.write(JSON.stringify(row) + '\n');
}

// Expands one master VEVENT (with its RECURRENCE-ID overrides) through ICAL.Event.
function expandEvent(master, exceptions) {
  const event = new ICAL.Event(master, { strictExceptions: false });
  exceptions.forEach((e) => event.relateException(e));
  if (!event.isRecurring()) {
    emit(master, event.startDate, event.endDate ?? event.startDate);
    return;
  }
  const iterator = event.iterator();
  for (let next = iterator.next(); next; next = iterator.next()) {
    const details = event.getOccurrenceDetails(next);
    const item = details.item ?? event;
    emit(item.component, details.startDate, details.endDate);
    if (instant(next) >= toSecond + 2 * 86400 && !isFloating(next)) {
      break;
    }
    if (isFloating(next) && wallSecond(next) >= toSecond + 2 * 86400) {
      break;
    }
  }
}

// A to-do: DTSTART is its start (may be absent), DUE its end; a recurring one keeps DUE - DTSTART.
function expandTodo(todo) {
  const start = todo.getFirstPropertyValue('dtstart');
  let due = todo.getFirstPropertyValue('due');
  const duration = todo.getFirstPropertyValue('duration');
  if (!due && start && duration) {
    due = start.clone();
    due.addDuration(duration);
  }
  if (!start || !todo.hasProperty('rrule')) {
    emit(todo, start, due);
    return;
  }
  const iterator = new ICAL.RecurExpansion({ component: todo, dtstart: start });
  const length = due ? due.subtractDateTz(start) : null;
  for (let next = iterator.next(); next; next = iterator.next()) {
    let end = null;
    if (length) {
      end = next.clone();
      end.addDuration(length);
    }
    emit(todo, next, end);
    if (wallSecond(next) >= toSecond + 2 * 86400) {
      break;
    }
  }
}

try {
  for (const calendar of calendars) {
    const byUid = new Map();
    for (const vevent of calendar.getAllSubcomponents('vevent')) {
      const uid = vevent.getFirstPropertyValue('uid') ?? `no-uid-${byUid.size}`;
      if (!byUid.has(uid)) {
        byUid.set(uid, { masters: [], exceptions: [] });
      }
      (vevent.hasProperty('recurrence-id') ? byUid.get(uid).exceptions : byUid.get(uid).masters).push(vevent);
    }
    for (const { masters, exceptions } of byUid.values()) {
      if (masters.length === 0) {
        // overrides without their series: each is an event of its own
        exceptions.forEach((e) => expandEvent(e, []));
      } else {
        masters.forEach((m) => expandEvent(m, exceptions));
      }
    }
    for (const vtodo of calendar.getAllSubcomponents('vtodo')) {
      expandTodo(vtodo);
    }
  }
} catch (e) {
  fail(`cannot expand ${file}: ${e.stack ?? e}`);
}

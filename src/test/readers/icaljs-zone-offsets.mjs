// Reads the VTIMEZONEs of an .ics file with Mozilla's ical.js and answers one query per line:
//   L <tzid> <YYYY-MM-DDTHH:MM:SS>  -> the epoch second that wall-clock time names there
//   U <tzid> <epoch seconds>        -> the wall-clock time there at that instant
// Usage: node icaljs-zone-offsets.mjs ZONES.ics QUERIES.txt
import ICAL from 'ical.js';
import fs from 'fs';

const calendar = new ICAL.Component(ICAL.parse(fs.readFileSync(process.argv[2], 'utf8')));
const zones = {};
for (const vtimezone of calendar.getAllSubcomponents('vtimezone')) {
  const zone = new ICAL.Timezone(vtimezone);
  zones[zone.tzid] = zone;
}
const answers = [];
for (const line of fs.readFileSync(process.argv[3], 'utf8').split('\n')) {
  if (!line) continue;
  const [kind, tzid, value] = line.split(' ');
  const zone = zones[tzid];
  if (!zone) {
    answers.push('no VTIMEZONE ' + tzid);
  } else if (kind === 'U') {
    const utc = ICAL.Time.fromData({year: 1970, month: 1, day: 1, hour: 0, minute: 0, second: 0, isDate: false},
        ICAL.Timezone.utcTimezone);
    utc.fromUnixTime(Number(value));
    answers.push(utc.convertToZone(zone).toString().slice(0, 19));
  } else {
    const local = ICAL.Time.fromDateTimeString(value);
    local.zone = zone;
    answers.push(String(local.toUnixTime()));
  }
}
process.stdout.write(answers.join('\n') + '\n');

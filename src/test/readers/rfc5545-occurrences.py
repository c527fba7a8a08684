#!/usr/bin/python3
"""Independent reader #2: RFC 5545 expansion by python's recurring-ical-events over icalendar.

TZIDs are resolved by NAME with the system tz database (Debian's pytz reads /usr/share/zoneinfo);
the file's VTIMEZONE is used only for names the database does not know. So this reader checks
that the local times written, with their TZID, mean what the planner meant.

usage: /usr/bin/python3 rfc5545-occurrences.py FILE.ics FROM_ISO_DATE TO_ISO_DATE
prints one JSON object per line per occurrence of every VEVENT and VTODO starting in
[FROM, TO + 1 day) (UTC):
  {"uid", "summary", "component": "VEVENT"|"VTODO", "start": epoch s UTC|null,
   "end": epoch s UTC|null, "floating": bool, "startLocal", "endLocal"}
Floating and date-only values are reported with "floating": true and their wall-clock text
(start/end are then null). Exit 1 with a message on stderr on any error.

One correction to the library, so that it follows RFC 5545 section 3.3.5: pytz's localize()
defaults to is_dst=False, which reads a local time that happens twice (a fall-back night) as
its SECOND occurrence; RFC 5545 says the first. Local times that happen twice are therefore
read as their first occurrence, and times in a spring-forward gap with the offset from before
the gap (what is_dst=False already does). And dateutil compares UNTIL with an instance that still
carries DTSTART's offset, so after a DST change a last meeting less than an hour before UNTIL is
dropped; UNTIL is compared with the real instant instead. Set RFC5545_RAW_PYTZ=1 to see the
library unpatched.
"""
import datetime
import json
import os
import sys


def fail(message):
    sys.stderr.write("rfc5545-occurrences: %s\n" % message)
    sys.exit(1)


try:
    import icalendar
    import pytz
    import recurring_ical_events
except ImportError as e:
    fail("%s (install with: apt-get install python3-recurring-ical-events python3-icalendar)" % e)


def _patch_pytz_to_rfc5545():
    original = pytz.tzinfo.DstTzInfo.localize

    def localize(self, dt, is_dst=False):
        if dt.tzinfo is not None:
            return original(self, dt, is_dst)
        a = original(self, dt, is_dst=True)
        b = original(self, dt, is_dst=False)
        if a.utcoffset() == b.utcoffset():
            return b
        if self.normalize(a).replace(tzinfo=None) != dt or self.normalize(b).replace(tzinfo=None) != dt:
            # in a gap (the offset grows there): the offset from before the gap, the later instant
            return max(a, b, key=lambda x: x.astimezone(pytz.utc))
        # happens twice (the offset shrinks): the first occurrence, the earlier instant
        return min(a, b, key=lambda x: x.astimezone(pytz.utc))

    pytz.tzinfo.DstTzInfo.localize = localize


def _patch_until_to_rfc5545():
    """dateutil compares UNTIL with instances that still carry DTSTART's UTC offset.

    After a DST change that drops (or adds) a last meeting less than an hour from UNTIL. Give
    dateutil an UNTIL a day later and let recurring-ical-events' own check, which compares the
    re-localized instance with the real UNTIL, decide (RFC 5545: UNTIL is an instant).
    """
    import re
    from dateutil.rrule import rrulestr as dateutil_rrulestr

    def rrulestr(self, rule_string):
        widened = rule_string
        match = re.search(r"UNTIL=(\d{8}T\d{6})Z", rule_string)
        if match and isinstance(self.start, datetime.datetime) and self.start.tzinfo is not None:
            until = datetime.datetime.strptime(match.group(1), "%Y%m%dT%H%M%S") + datetime.timedelta(days=1)
            widened = rule_string.replace(match.group(0), "UNTIL=" + until.strftime("%Y%m%dT%H%M%S") + "Z")
        rule = dateutil_rrulestr(widened, dtstart=self.start)
        rule.string = rule_string  # get_rrule_until() reads the real UNTIL from here
        return rule

    recurring_ical_events.RepeatedComponent.rrulestr = rrulestr


def is_floating(value):
    return value is not None and (not isinstance(value, datetime.datetime) or value.tzinfo is None)


def epoch(value):
    return None if value is None else int(value.timestamp())


def wall_key(value):
    if isinstance(value, datetime.datetime):
        return value.replace(tzinfo=None)
    return datetime.datetime(value.year, value.month, value.day)


def main(argv):
    if len(argv) != 4:
        fail("usage: rfc5545-occurrences.py FILE.ics|FOLDER FROM_ISO_DATE TO_ISO_DATE")
    path = argv[1]
    try:
        first = datetime.date.fromisoformat(argv[2])
        last = datetime.date.fromisoformat(argv[3])
    except ValueError as e:
        fail("not an ISO date: %s" % e)
    if last < first:
        fail("the range ends before it starts: %s .. %s" % (first, last))
    if os.environ.get("RFC5545_RAW_PYTZ") != "1":
        _patch_pytz_to_rfc5545()
        _patch_until_to_rfc5545()
    # PATH may also be a folder: each of its .ics files is one calendar (CalDAV's resources, each
    # with its own VTIMEZONEs), and the occurrences of all of them are printed.
    files = sorted(os.path.join(path, n) for n in os.listdir(path) if n.endswith(".ics")) if os.path.isdir(path) else [path]
    for one in files:
        print_occurrences(one, first, last)


def print_occurrences(path, first, last):
    try:
        with open(path, "rb") as f:
            calendar = icalendar.Calendar.from_ical(f.read())
    except OSError as e:
        fail("cannot read %s: %s" % (path, e))
    except Exception as e:  # icalendar raises ValueError and friends for bad files
        fail("cannot parse %s: %s" % (path, e))

    span_start = pytz.utc.localize(datetime.datetime.combine(first, datetime.time()))
    span_stop = pytz.utc.localize(datetime.datetime.combine(last + datetime.timedelta(days=1), datetime.time()))
    # expand a day more on each side, then keep what starts in the range
    wide_start = span_start - datetime.timedelta(days=2)
    wide_stop = span_stop + datetime.timedelta(days=2)
    try:
        expanded = recurring_ical_events.of(calendar, components=["VEVENT", "VTODO"]).between(wide_start, wide_stop)
    except Exception as e:
        fail("cannot expand %s: %s: %s" % (path, type(e).__name__, e))

    rows = []
    for component in expanded:
        name = component.name.upper()
        start_prop = component.get("DTSTART")
        end_prop = component.get("DUE" if name == "VTODO" else "DTEND")
        start = start_prop.dt if start_prop is not None else None
        end = end_prop.dt if end_prop is not None else None
        if name == "VTODO" and component.get("DTSTART") is not None and component.get("DUE") is None:
            end = None  # the library sets DUE = DTSTART for a to-do without one
        if name == "VEVENT" and end is None:
            end = start
        floating = is_floating(start) or is_floating(end)
        key = start if start is not None else end
        if key is None:
            continue
        if floating:
            inside = wall_key(span_start) <= wall_key(key) < wall_key(span_stop)
        else:
            inside = span_start <= key < span_stop
        if not inside:
            continue
        row = {
            "uid": str(component.get("UID")) if component.get("UID") is not None else None,
            "summary": str(component.get("SUMMARY")) if component.get("SUMMARY") is not None else None,
            "component": name,
            "start": None if floating else epoch(start),
            "end": None if floating else epoch(end),
            "floating": bool(floating),
        }
        if floating:
            row["startLocal"] = None if start is None else start.isoformat()
            row["endLocal"] = None if end is None else end.isoformat()
        rows.append(row)
    for row in rows:
        sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv)

#!/usr/bin/env python3
"""Renders one month of a `gecc calendar` export as a PNG, the way a calendar client shows it.

The picture in gecc-examples/docs/calendar.md comes from this script, run on a real export:

    java -jar gecc-examples/target/gecc.jar calendar gecc-examples/docs/examples/calendar.json > /tmp/gecc.ics
    python3 gecc-examples/gecc-cli/src/test/python/render_calendar_month.py /tmp/gecc.ics 2024-02 \
        gecc-examples/docs/calendar-month.png

It unfolds and reads the iCalendar text (RFC 5545 §3.1), lays the month's events out on a
Monday-first grid in HTML, and has headless Chromium (`chromium`, with a Thai font such as
fonts-thai-tlwg installed) take the screenshot. Only the Python standard library is used.
"""

import calendar
import datetime
import html
import pathlib
import subprocess
import sys
import tempfile

COLOURS = {
    "WINDOW_OPENS": "#1a7f37",
    "WINDOW_CLOSES": "#cf222e",
    "REPORTING_DEADLINE": "#9a6700",
    "REPORT_DUE": "#0969da",
    "VALID_UNTIL": "#8250df",
    "LAST_WINDOW": "#bc4c00",
}


def unfold(text):
    """The content lines of an iCalendar text, folded lines joined."""
    lines = []
    for raw in text.split("\r\n"):
        if raw.startswith((" ", "\t")) and lines:
            lines[-1] += raw[1:]
        elif raw:
            lines.append(raw)
    return lines


def unescape(value):
    out, i = [], 0
    while i < len(value):
        if value[i] == "\\" and i + 1 < len(value):
            nxt = value[i + 1]
            out.append("\n" if nxt in "nN" else nxt)
            i += 2
        else:
            out.append(value[i])
            i += 1
    return "".join(out)


def events(text):
    """Each VEVENT as a dict of property name to (parameters, value); alarms left out."""
    found, current, depth = [], None, 0
    for line in unfold(text):
        if line == "BEGIN:VEVENT":
            current, depth = {}, 0
        elif line == "END:VEVENT":
            found.append(current)
            current = None
        elif current is not None:
            if line.startswith("BEGIN:"):
                depth += 1
            elif line.startswith("END:"):
                depth -= 1
            elif depth == 0:
                name_params, value = line.split(":", 1)
                name, *params = name_params.split(";")
                current[name] = (params, value)
    return found


def start(event):
    params, value = event["DTSTART"]
    if "VALUE=DATE" in params:
        return datetime.date(int(value[0:4]), int(value[4:6]), int(value[6:8])), None
    moment = datetime.datetime.strptime(value, "%Y%m%dT%H%M%S")
    return moment.date(), moment.strftime("%H.%M")


def page(year, month, month_events, name):
    weeks = calendar.Calendar(firstweekday=0).monthdatescalendar(year, month)
    by_day = {}
    for event in month_events:
        day, time = start(event)
        by_day.setdefault(day, []).append((time, event))
    rows = []
    for week in weeks:
        cells = []
        for day in week:
            items = []
            for time, event in sorted(by_day.get(day, []), key=lambda e: (e[0] is not None, e[0] or "")):
                category = event.get("CATEGORIES", ([], ""))[1]
                cancelled = event.get("STATUS", ([], ""))[1] == "CANCELLED"
                summary = unescape(event["SUMMARY"][1])
                label = (time + " " if time else "") + summary
                items.append(
                    '<div class="event%s" style="border-color:%s" title="%s">%s</div>'
                    % (" cancelled" if cancelled else "", COLOURS.get(category, "#57606a"),
                       html.escape(unescape(event["DESCRIPTION"][1])), html.escape(label)))
            outside = " outside" if day.month != month else ""
            cells.append('<td class="day%s"><div class="number">%d</div>%s</td>'
                         % (outside, day.day, "".join(items)))
        rows.append("<tr>%s</tr>" % "".join(cells))
    legend = "".join('<span><i style="background:%s"></i>%s</span>' % (colour, category)
                     for category, colour in COLOURS.items())
    title = "%s %d (%s) — %s" % (calendar.month_name[month], year, "พ.ศ. %d" % (year + 543), name)
    return """<!doctype html><html><head><meta charset="utf-8"><style>
body{font-family:Garuda,'Tlwg Typo',sans-serif;margin:16px;color:#1f2328;background:#fff}
h1{font-size:20px;margin:0 0 10px}
table{border-collapse:collapse;table-layout:fixed;width:100%%}
th{font-size:13px;color:#57606a;padding:4px;border-bottom:1px solid #d0d7de}
td.day{vertical-align:top;height:84px;border:1px solid #d0d7de;padding:3px}
td.outside{background:#f6f8fa;color:#8c959f}
.number{font-size:12px;font-weight:bold;margin-bottom:2px}
.event{font-size:11px;line-height:1.25;border-left:4px solid;background:#f6f8fa;padding:2px 4px;margin-bottom:3px;border-radius:3px}
.cancelled{text-decoration:line-through;color:#8c959f}
.legend{font-size:11px;color:#57606a;margin-top:8px}
.legend span{margin-right:12px}.legend i{display:inline-block;width:10px;height:10px;margin-right:4px}
</style></head><body><h1>%s</h1><table><tr>%s</tr>%s</table><div class="legend">%s</div></body></html>""" % (
        html.escape(title), "".join("<th>%s</th>" % d for d in calendar.day_abbr), "".join(rows), legend)


def main(argv):
    if len(argv) != 4:
        sys.exit("usage: render_calendar_month.py EXPORT.ics YYYY-MM OUT.png")
    with open(argv[1], encoding="utf-8", newline="") as export:
        text = export.read()
    year, month = (int(part) for part in argv[2].split("-"))
    name = next((unescape(line.split(":", 1)[1]) for line in unfold(text)
                 if line.startswith("X-WR-CALNAME:")), "GECC")
    month_events = [e for e in events(text) if start(e)[0].year == year and start(e)[0].month == month]
    with tempfile.TemporaryDirectory() as work:
        page_file = pathlib.Path(work) / "month.html"
        page_file.write_text(page(year, month, month_events, name), encoding="utf-8")
        out = pathlib.Path(argv[3]).resolve()
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                        "--force-device-scale-factor=1", "--window-size=1100,860",
                        "--screenshot=" + str(out), page_file.as_uri()],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    print("%s: %d events of %s drawn" % (argv[3], len(month_events), argv[2]))


if __name__ == "__main__":
    main(sys.argv)

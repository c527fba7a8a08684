package org.courseplanner.registrar;

import java.util.List;
import java.util.stream.Collectors;
import org.courseplanner.domain.Weekdays;
import org.courseplanner.domain.WeeklyPattern;
import org.courseplanner.domain.catalog.Catalog;
import org.courseplanner.domain.catalog.CatalogMeeting;
import org.courseplanner.domain.catalog.CatalogSection;

/** Writes a catalog as the CSV of docs/catalog-formats.md, one row per meeting, quoting as RFC 4180 says. */
final class CatalogCsv {
    private CatalogCsv() {
    }

    static String write(Catalog catalog) {
        StringBuilder csv = new StringBuilder(String.join(",", CsvCatalogReader.COLUMNS)).append("\r\n");
        for (CatalogSection s : catalog.sections()) {
            for (CatalogMeeting m : s.meetings()) {
                WeeklyPattern p = m.pattern();
                List<String> row = List.of(s.crn(), s.courseCode(), s.courseTitle(), String.valueOf(s.credits()), s.section(), s.component(),
                        text(s.link()), text(s.instructor()), m.kind().label(), Weekdays.format(p.days()), time(p.start()), time(p.end()),
                        text(p.firstDate()), text(p.lastDate()), text(m.location()));
                csv.append(row.stream().map(CatalogCsv::quoted).collect(Collectors.joining(","))).append("\r\n");
            }
        }
        return csv.toString();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String time(java.time.LocalTime t) {
        return t == null ? "" : t.toString();
    }

    private static String quoted(String value) {
        return value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")
                ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}

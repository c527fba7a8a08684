package org.courseplanner.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.courseplanner.domain.SessionKind;
import org.courseplanner.domain.Weekdays;
import org.courseplanner.domain.WeeklyPattern;
import org.courseplanner.domain.catalog.Catalog;
import org.courseplanner.domain.catalog.CatalogMeeting;
import org.courseplanner.domain.catalog.CatalogSection;

/**
 * A term's catalog in the tables catalog_section and catalog_meeting (docs/schema.md), read and
 * written inside the repository's transactions. A registrar's catalog has tens of thousands of
 * meetings: it is read with one query and written with two batched statements.
 */
final class CatalogRows {
    private CatalogRows() {
    }

    static Catalog read(Connection connection, long termId) throws SQLException {
        List<CatalogSection> sections = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT s.id, s.crn, s.course_code, s.course_title, s.credits, s.section,"
                + " s.component, s.link, s.instructor, m.kind, m.days, m.start_time, m.end_time, m.every_weeks, m.first_date,"
                + " m.last_date, m.skipped, m.location FROM catalog_section s LEFT JOIN catalog_meeting m ON m.section_id = s.id"
                + " WHERE s.term_id = ? ORDER BY s.position, m.position")) {
            ps.setLong(1, termId);
            try (ResultSet rs = ps.executeQuery()) {
                long sectionId = -1;
                String[] facts = null;
                double credits = 0;
                List<CatalogMeeting> meetings = new ArrayList<>();
                while (rs.next()) {
                    if (rs.getLong(1) != sectionId) {
                        if (facts != null) {
                            sections.add(section(facts, credits, meetings));
                        }
                        sectionId = rs.getLong(1);
                        facts = new String[] {rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(6), rs.getString(7),
                            rs.getString(8), rs.getString(9)};
                        credits = rs.getDouble(5);
                        meetings = new ArrayList<>();
                    }
                    String kind = rs.getString(10);
                    if (kind != null) { // NULL: a section without meetings (the LEFT JOIN's row)
                        meetings.add(new CatalogMeeting(SessionKind.parse(kind), SqlitePlanRepository.pattern(rs, 11, skipped(rs.getString(17))),
                                rs.getString(18)));
                    }
                }
                if (facts != null) {
                    sections.add(section(facts, credits, meetings));
                }
            }
        }
        return new Catalog(sections);
    }

    private static CatalogSection section(String[] f, double credits, List<CatalogMeeting> meetings) {
        return new CatalogSection(f[0], f[1], f[2], credits, f[3], f[4], f[5], f[6], meetings);
    }

    /** Replaces the term's catalog: its rows go (their meetings with them), the new ones come in two batches. */
    static void replace(Connection connection, long termId, Catalog catalog) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM catalog_section WHERE term_id = ?")) {
            delete.setLong(1, termId);
            delete.executeUpdate();
        }
        long nextId;
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT coalesce(max(id), 0) + 1 FROM catalog_section")) {
            nextId = rs.getLong(1);
        }
        try (PreparedStatement sections = connection.prepareStatement("INSERT INTO catalog_section (id, term_id, position, crn, course_code,"
                + " course_title, credits, section, component, link, instructor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement meetings = connection.prepareStatement("INSERT INTO catalog_meeting (section_id, position, kind, days,"
                     + " start_time, end_time, every_weeks, first_date, last_date, skipped, location) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int position = 0;
            for (CatalogSection s : catalog.sections()) {
                long id = nextId++;
                sections.setLong(1, id);
                sections.setLong(2, termId);
                sections.setInt(3, position++);
                sections.setString(4, s.crn());
                sections.setString(5, s.courseCode());
                sections.setString(6, s.courseTitle());
                sections.setDouble(7, s.credits());
                sections.setString(8, s.section());
                sections.setString(9, s.component());
                text(sections, 10, s.link());
                text(sections, 11, s.instructor());
                sections.addBatch();
                int n = 0;
                for (CatalogMeeting m : s.meetings()) {
                    WeeklyPattern p = m.pattern();
                    meetings.setLong(1, id);
                    meetings.setInt(2, n++);
                    meetings.setString(3, m.kind().label());
                    meetings.setString(4, Weekdays.format(p.days()));
                    text(meetings, 5, p.start());
                    text(meetings, 6, p.end());
                    meetings.setInt(7, p.everyWeeks());
                    text(meetings, 8, p.firstDate());
                    text(meetings, 9, p.lastDate());
                    meetings.setString(10, String.join(",", p.skippedDates().stream().map(LocalDate::toString).toList()));
                    text(meetings, 11, m.location());
                    meetings.addBatch();
                }
            }
            sections.executeBatch();
            meetings.executeBatch();
        }
    }

    /** A value as ISO text (dates, times), or NULL. */
    private static void text(PreparedStatement ps, int column, Object value) throws SQLException {
        if (value == null) {
            ps.setNull(column, Types.VARCHAR);
        } else {
            ps.setString(column, value.toString());
        }
    }

    private static Set<LocalDate> skipped(String text) {
        Set<LocalDate> dates = new TreeSet<>();
        if (text != null && !text.isEmpty()) {
            for (String d : text.split(",")) {
                dates.add(IsoText.date(d));
            }
        }
        return dates;
    }
}

package org.courseplanner.domain.catalog;

import java.util.List;
import org.courseplanner.domain.Course;
import org.courseplanner.domain.Refusal;

/**
 * A section of a course as the registrar's catalog lists it: what a student registers for.
 * A course with several components (a lecture and a lab) is taken with one section of each; when
 * sections carry a link, only sections with the same link go together ("lecture A with labs A1-A4").
 *
 * @param crn        the registrar's number for the section, unique within the catalog ("40068")
 * @param section    the section's name within its course ("01", "L2")
 * @param component  the part of the course it is ("Lecture", "Lab"); one section of each is taken
 * @param link       sections of one course with links go only with sections of the same link; {@code null}: with any
 * @param instructor the instructors as the catalog names them, or {@code null}
 * @param meetings   when it meets; none for a section with no time at all (online, arranged)
 */
public record CatalogSection(String crn, String courseCode, String courseTitle, double credits, String section,
                             String component, String link, String instructor, List<CatalogMeeting> meetings) {

    public CatalogSection {
        crn = Refusal.requireText(crn, "crn", "the registrar's number of the section, e.g. 40068");
        courseCode = Course.tidyCode(courseCode);
        courseTitle = courseTitle == null || courseTitle.isBlank() ? courseCode : courseTitle.strip();
        Refusal.require(credits >= 0 && credits <= 30, "credits", "credits must be between 0 and 30, not " + credits);
        section = section == null || section.isBlank() ? crn : section.strip();
        component = component == null || component.isBlank() ? "Lecture" : component.strip();
        link = link == null || link.isBlank() ? null : link.strip();
        instructor = instructor == null || instructor.isBlank() ? null : instructor.strip();
        meetings = List.copyOf(meetings == null ? List.of() : meetings);
    }

    /** The course's code as codes are compared ("CS101"). */
    public String courseKey() {
        return Course.keyOf(courseCode);
    }

    /** True when at least one meeting has days and times: a section that can clash with another. */
    public boolean hasTime() {
        return meetings.stream().anyMatch(CatalogMeeting::isPlaced);
    }

    /** "CS 101 01 (40068)". */
    public String label() {
        return courseCode + " " + section + " (" + crn + ")";
    }
}

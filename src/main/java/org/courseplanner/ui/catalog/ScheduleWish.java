package org.courseplanner.ui.catalog;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.courseplanner.domain.Course;

/**
 * What the student has chosen in the catalog for the generator: courses needed, optional courses,
 * and sections locked (kept in every schedule) or excluded (never used). The catalog panel fills
 * it; the generate panel reads it. A course is either required or optional, never both; a section
 * is locked or excluded, never both.
 */
public final class ScheduleWish {
    private final ObservableList<String> required = FXCollections.observableArrayList();
    private final ObservableList<String> optional = FXCollections.observableArrayList();
    private final ObservableSet<String> locked = FXCollections.observableSet();
    private final ObservableSet<String> excluded = FXCollections.observableSet();

    /** Makes the course one the schedules must hold. */
    public void require(String code) {
        drop(code);
        required.add(code);
    }

    /** Makes the course one of those to pick from. */
    public void makeOptional(String code) {
        drop(code);
        optional.add(code);
    }

    /** Takes the course out of the request. */
    public void drop(String code) {
        String key = Course.keyOf(code);
        required.removeIf(c -> Course.keyOf(c).equals(key));
        optional.removeIf(c -> Course.keyOf(c).equals(key));
    }

    /** "required", "optional" or "" for a course not asked for. */
    public String roleOf(String code) {
        String key = Course.keyOf(code);
        if (required.stream().anyMatch(c -> Course.keyOf(c).equals(key))) {
            return "required";
        }
        return optional.stream().anyMatch(c -> Course.keyOf(c).equals(key)) ? "optional" : "";
    }

    /** Every schedule keeps this section. */
    public void lock(String crn) {
        excluded.remove(crn);
        locked.add(crn);
    }

    /** No schedule uses this section. */
    public void exclude(String crn) {
        locked.remove(crn);
        excluded.add(crn);
    }

    /** Neither locked nor excluded. */
    public void free(String crn) {
        locked.remove(crn);
        excluded.remove(crn);
    }

    /** Empties the request (another term's catalog is shown). */
    public void clear() {
        required.clear();
        optional.clear();
        locked.clear();
        excluded.clear();
    }

    public boolean isEmpty() {
        return required.isEmpty() && optional.isEmpty();
    }

    public ObservableList<String> required() {
        return required;
    }

    public ObservableList<String> optional() {
        return optional;
    }

    public ObservableSet<String> locked() {
        return locked;
    }

    public ObservableSet<String> excluded() {
        return excluded;
    }
}

package org.courseplanner.registrar;

import java.util.ArrayList;
import java.util.List;

/**
 * The notes of one catalog reading. Past a limit the rest are only counted: a file with thousands
 * of broken rows gives a list a student can still read, and the count says how many more there are.
 */
final class ReadingNotes {
    static final int MOST = 100;
    private final List<String> notes = new ArrayList<>();
    private int more;

    void add(String note) {
        if (notes.size() < MOST) {
            notes.add(note);
        } else {
            more++;
        }
    }

    int size() {
        return notes.size() + more;
    }

    List<String> list() {
        List<String> all = new ArrayList<>(notes);
        if (more > 0) {
            all.add("... and " + more + " more notes like these");
        }
        return all;
    }
}

package org.courseplanner.domain.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.courseplanner.domain.Term;

/** Reads one format of catalog file into sections; implemented outside the domain. */
public interface CatalogReader {

    /**
     * What a catalog file holds, in the term's school zone; dates without a year take the term's.
     *
     * @throws org.courseplanner.domain.Refusal when the file is not of this format, with a message that says what is wrong where
     */
    Reading read(InputStream in, Term term) throws IOException;

    /**
     * A catalog read from a file.
     *
     * @param notes what was left out or read with a guess, one sentence each ("CS 101 02: days "XY" are not days; kept without a time")
     */
    record Reading(Catalog catalog, List<String> notes) {
        public Reading {
            notes = List.copyOf(notes);
        }
    }
}

package org.courseplanner.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.courseplanner.domain.Refusal;
import org.courseplanner.domain.Term;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which reader a catalog file goes to, and what a student is told when it cannot be read. */
class CatalogFilesTest {
    private static final Term TERM = Term.of("Spring 2027", LocalDate.of(2027, 1, 25), LocalDate.of(2027, 5, 14), ZoneId.of("UTC"));
    @TempDir
    Path folder;
    private final List<String> calls = new ArrayList<>();

    /** A reader that notes its format and what it was given, and refuses text that starts with "bad". */
    private CatalogReader reader(CatalogFormat format) {
        return (InputStream in, Term term) -> {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            calls.add(format.label() + ":" + text.strip());
            if (text.startsWith("bad")) {
                throw new Refusal("format", "expected a " + format.label() + " catalog");
            }
            return new CatalogReader.Reading(Catalog.EMPTY, List.of(format.label() + " read for " + term.name()));
        };
    }

    private CatalogFiles files() {
        Map<CatalogFormat, CatalogReader> readers = new EnumMap<>(CatalogFormat.class);
        for (CatalogFormat f : CatalogFormat.values()) {
            readers.put(f, reader(f));
        }
        return new CatalogFiles(readers);
    }

    private Path file(String name, String text) throws IOException {
        return Files.writeString(folder.resolve(name), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "catalog.json|x|quacs", "catalog.CSV|x|csv", "timetable.ics|x|ics",
            "catalog.txt|  [ {}|quacs", "catalog.txt|{\"a\": 1}|quacs", "download|BEGIN:VCALENDAR|ics", "download|begin:vcalendar|ics",
            "catalog.dat|crn,course|csv"})
    void theFormatIsTheFileNamesElseItsFirstBytes(String name, String text, String format) throws IOException {
        CatalogReader.Reading r = files().read(file(name, text), null, TERM);
        assertThat(r.notes()).containsExactly(format + " read for Spring 2027");
        assertThat(calls).containsExactly(format + ":" + text.strip());
    }

    @Test
    void theFormatGivenWinsOverTheName() throws IOException {
        assertThat(files().read(file("catalog.json", "crn,course"), CatalogFormat.CSV, TERM).notes()).containsExactly("csv read for Spring 2027");
    }

    @Test
    void aByteOrderMarkIsNotTheFirstByte() throws IOException {
        Path bom = folder.resolve("x.txt");
        Files.write(bom, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, ' ', '['});
        assertThat(files().read(bom, null, TERM).notes()).containsExactly("quacs read for Spring 2027");
        assertThat(CatalogFiles.sniff(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'B', 'E', 'G', 'I', 'N', ':', 'V', 'C', 'A', 'L', 'E',
                'N', 'D', 'A', 'R'})).isEqualTo(CatalogFormat.ICS);
    }

    @Test
    void aFileOfTheWrongFormatIsRefusedNamingTheFileAndSayingToGiveTheFormat() throws IOException {
        Path f = file("catalog.json", "bad");
        assertThatThrownBy(() -> files().read(f, null, TERM)).isInstanceOf(Refusal.class)
                .hasMessage(f + " was read as a QuACS JSON catalog and cannot be: expected a quacs catalog. If it is another kind of "
                        + "catalog, name the file after its kind (.json for QuACS, .csv, .ics) or, on the command line, give --format quacs,"
                        + " csv or ics.");
        assertThatThrownBy(() -> files().read(f, CatalogFormat.ICS, TERM)).isInstanceOf(Refusal.class)
                .hasMessageEndingWith("Check that it is an iCalendar timetable, or give another --format.");
    }

    @Test
    void aMissingEmptyOrFolderPathIsRefusedSayingWhatToDo() throws IOException {
        Path missing = folder.resolve("nope.csv");
        assertThatThrownBy(() -> files().read(missing, null, TERM)).isInstanceOf(Refusal.class)
                .hasMessage("there is no file " + missing + ": give the path of a catalog file (.json, .csv or .ics)");
        Path empty = file("empty.csv", " \n\r\n");
        assertThatThrownBy(() -> files().read(empty, null, TERM)).isInstanceOf(Refusal.class)
                .hasMessage(empty + " is empty: export the catalog again, or give the right file");
        assertThatThrownBy(() -> files().read(folder, null, TERM)).isInstanceOf(Refusal.class).hasMessageContaining("is a folder");
        assertThat(calls).isEmpty();
    }

    @Test
    void aFormatWithoutAReaderIsRefused() throws IOException {
        Path f = file("t.ics", "BEGIN:VCALENDAR");
        assertThatThrownBy(() -> new CatalogFiles(Map.of(CatalogFormat.CSV, reader(CatalogFormat.CSV))).read(f, null, TERM))
                .isInstanceOf(Refusal.class).hasMessage("Course Planner cannot read ics catalogs here; give --format with one of csv");
    }
}

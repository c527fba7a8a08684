package org.courseplanner.ical;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.stream.Stream;
import org.courseplanner.domain.Refusal;
import org.courseplanner.domain.Term;
import org.courseplanner.domain.catalog.CatalogReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every public test calendar of the corpus read as a catalog: a catalog with notes, or a refusal that says why; never a crash. */
class IcsCatalogCorpusTest {
    private static final Term TERM = Term.of("Term", LocalDate.of(2006, 1, 2), LocalDate.of(2006, 12, 20), ZoneId.of("America/New_York"));

    static Stream<Path> corpus() throws IOException, URISyntaxException {
        Path root = Path.of(IcsCatalogCorpusTest.class.getResource("/ical-corpus").toURI());
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".ics")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void eachFileIsACatalogOrARefusalWithAReason(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            CatalogReader.Reading r = new IcsCatalogReader().read(in, TERM);
            assertThat(r.catalog().sections()).allSatisfy(s -> assertThat(s.meetings()).isNotEmpty());
        } catch (Refusal refused) {
            assertThat(refused.getMessage()).isNotBlank();
        }
    }
}

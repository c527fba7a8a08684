package org.courseplanner.registrar;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import org.courseplanner.domain.Term;
import org.courseplanner.domain.catalog.CatalogReader;

/**
 * Catalog reading benchmark (a main, not a test): generated QuACS and CSV catalogs of 5,000 ×
 * {@code bench.sizes} sections, read in one warm JVM; reading should grow linearly. Run:
 * {@code mvn -q -Pbench test-compile exec:exec -Dbench.main=org.courseplanner.registrar.CatalogReadBenchmark -Dbench.sizes="1 4 16"}.
 */
public final class CatalogReadBenchmark {
    private static final Term SPRING = Term.of("Spring 2027", LocalDate.of(2027, 1, 18), LocalDate.of(2027, 5, 7),
            ZoneId.of("America/New_York"));

    private CatalogReadBenchmark() {
    }

    static byte[] quacs(int sections) {
        StringBuilder json = new StringBuilder("[{\"code\":\"D\",\"courses\":[");
        for (int c = 0; c < sections / 5; c++) {
            json.append(c == 0 ? "" : ",").append("{\"title\":\"Course\",\"subj\":\"D\",\"crse\":").append(1000 + c)
                    .append(",\"id\":\"D-").append(1000 + c).append("\",\"sections\":[");
            for (int s = 0; s < 5; s++) {
                json.append(s == 0 ? "" : ",").append(QuacsCatalogReaderTest.section(String.valueOf(100000 + c * 5 + s), "0" + s, 4, 4,
                        QuacsCatalogReaderTest.slot("MWF", 800 + 100 * s, 850 + 100 * s, "Ann Lee", "01/18", "05/07", "DCC 30" + s)));
            }
            json.append("]}");
        }
        return json.append("]}]").toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] csv(int rows) {
        StringBuilder csv = new StringBuilder("crn,course,title,credits,section,days,start,end,location\n");
        for (int i = 0; i < rows; i++) {
            csv.append(i).append(",CS ").append(100 + i / 10).append(",\"Title, with comma\",4,0").append(i % 10).append(",MWF,")
                    .append(8 + i % 10).append(":00,").append(8 + i % 10).append(":50,DCC 30").append(i % 7).append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static void main(String[] args) throws Exception {
        for (String size : System.getProperty("bench.sizes", "1 4").trim().split("\\s+")) {
            int sections = 5000 * Integer.parseInt(size);
            report("QuACS", sections, quacs(sections), new QuacsCatalogReader());
            report("CSV", sections, csv(sections), new CsvCatalogReader());
        }
    }

    private static void report(String format, int sections, byte[] file, CatalogReader reader) throws Exception {
        for (int i = 0; i < 5; i++) {
            reader.read(new ByteArrayInputStream(file), SPRING);
        }
        double[] ms = new double[9];
        for (int i = 0; i < ms.length; i++) {
            long t0 = System.nanoTime();
            reader.read(new ByteArrayInputStream(file), SPRING);
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "%s, %,d sections (%,d KB): median %.1f ms, min %.1f ms%n", format, sections, file.length / 1024,
                ms[ms.length / 2], ms[0]);
    }
}

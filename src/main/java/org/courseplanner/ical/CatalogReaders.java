package org.courseplanner.ical;

import java.util.EnumMap;
import java.util.Map;
import org.courseplanner.domain.catalog.CatalogFiles;
import org.courseplanner.domain.catalog.CatalogFormat;
import org.courseplanner.domain.catalog.CatalogReader;
import org.courseplanner.registrar.CsvCatalogReader;
import org.courseplanner.registrar.QuacsCatalogReader;

/**
 * Every catalog format's reader, for the command line and the window alike. It lives here, not in
 * registrar, because registrar stays free of ical4j; the command line and app may both use ical.
 */
public final class CatalogReaders {
    private CatalogReaders() {
    }

    /** A reader for each {@link CatalogFormat}. */
    public static Map<CatalogFormat, CatalogReader> all() {
        Map<CatalogFormat, CatalogReader> readers = new EnumMap<>(CatalogFormat.class);
        readers.put(CatalogFormat.QUACS, new QuacsCatalogReader());
        readers.put(CatalogFormat.CSV, new CsvCatalogReader());
        readers.put(CatalogFormat.ICS, new IcsCatalogReader());
        return readers;
    }

    /** Catalog files read with every format's reader. */
    public static CatalogFiles files() {
        return new CatalogFiles(all());
    }
}

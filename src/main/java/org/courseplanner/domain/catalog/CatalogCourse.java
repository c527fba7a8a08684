package org.courseplanner.domain.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A course of the catalog with its sections, in the catalog's order. */
public record CatalogCourse(String code, String title, double credits, List<CatalogSection> sections) {

    public CatalogCourse {
        sections = List.copyOf(sections);
    }

    /** Its components ("Lecture", "Lab") in the order they first appear, each with its sections. */
    public Map<String, List<CatalogSection>> components() {
        Map<String, List<CatalogSection>> parts = new LinkedHashMap<>();
        for (CatalogSection s : sections) {
            parts.computeIfAbsent(s.component(), k -> new ArrayList<>()).add(s);
        }
        return parts;
    }
}

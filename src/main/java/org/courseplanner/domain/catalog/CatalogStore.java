package org.courseplanner.domain.catalog;

/**
 * Where the terms' catalogs are kept: the plan's store implements it beside the plan repository.
 * It is declared here, not on the repository, because the catalog's types may not be named in the
 * domain's own package (no package cycles); {@link CatalogPlanner} is the way in for everyone else.
 */
public interface CatalogStore {

    /** The term's catalog, in its order; {@link Catalog#EMPTY} when none was imported. */
    Catalog catalog(long termId);

    /** Replaces the term's catalog by this one, all of it in one transaction. */
    void replaceCatalog(long termId, Catalog catalog);
}

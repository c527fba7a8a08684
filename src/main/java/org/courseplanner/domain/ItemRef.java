package org.courseplanner.domain;

/** Which item an id names: its kind, the term it belongs to and a short description. */
public record ItemRef(long id, ItemKind kind, long termId, String description) {
}

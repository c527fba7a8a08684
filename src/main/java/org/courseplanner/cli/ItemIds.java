package org.courseplanner.cli;

import org.courseplanner.domain.ItemKind;
import org.courseplanner.domain.ItemRef;
import org.courseplanner.domain.Planner;
import org.courseplanner.domain.Refusal;
import org.courseplanner.domain.TermPlan;

/** The ids 'list' prints, as the {@code set} commands take them. */
final class ItemIds {
    private ItemIds() {
    }

    /** The term plan holding the item {@code id}, which must be of this kind; a refusal saying what the id is otherwise. */
    static TermPlan planHolding(Planner planner, long id, ItemKind kind) {
        ItemRef ref = planner.find(id).orElseThrow(() -> new Refusal("id",
                "there is no " + kind.label() + " with the id " + id + ": 'list' prints the ids"));
        if (ref.kind() != kind) {
            throw new Refusal("id", "the id " + id + " is the " + ref.kind().label() + " " + ref.description() + ", not a "
                    + kind.label() + ": 'list' prints the ids");
        }
        return planner.plan(ref.termId());
    }
}

package org.courseplanner.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Checks that an input is refused for the right field, with a message that names what is wrong. */
final class Refusals {
    private Refusals() {
    }

    static void assertRefused(ThrowingCallable call, String field, String... messageParts) {
        assertThatThrownBy(call).isInstanceOfSatisfying(Refusal.class, r -> {
            assertThat(r.field()).as("field of \"%s\"", r.getMessage()).isEqualTo(field);
            assertThat(r.getMessage()).contains(messageParts);
        });
    }
}

package org.courseplanner.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.courseplanner.domain.Refusals.assertRefused;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DeliveryTest {

    @ParameterizedTest
    @CsvSource({"sync, SYNC", "ASYNC, ASYNC", "' Hybrid ', HYBRID"})
    void parse(String text, Delivery delivery) {
        assertThat(Delivery.parse(text)).isEqualTo(delivery);
    }

    @ParameterizedTest
    @ValueSource(strings = {"online", "", "synchronous"})
    void parseRefusesUnknownDeliveries(String bad) {
        assertRefused(() -> Delivery.parse(bad), "delivery", "unknown delivery \"" + bad + "\"", "sync, async or hybrid");
    }

    @Test
    void parseRefusesNothing() {
        assertRefused(() -> Delivery.parse(null), "delivery", "unknown delivery");
    }

    @Test
    void labelsParseBack() {
        for (Delivery d : Delivery.values()) {
            assertThat(Delivery.parse(d.label())).isEqualTo(d);
        }
    }
}

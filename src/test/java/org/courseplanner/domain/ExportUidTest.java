package org.courseplanner.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The UIDs an export writes, read back by the import of the same plan. */
class ExportUidTest {
    private static final String PLAN = "0123456789abcdef0123456789abcdef";

    @Test
    void eachFormReadsBackAsItself() {
        for (ExportUid uid : new ExportUid[] {ExportUid.of(PLAN, 42, 0), ExportUid.of(PLAN, 42, 3), ExportUid.task(PLAN, 42, 3)}) {
            assertThat(ExportUid.parse(uid.toString())).contains(uid);
        }
        assertThat(ExportUid.of(PLAN, 42, 0)).hasToString(PLAN + "-42@course-planner");
        assertThat(ExportUid.task(PLAN, 42, 3)).hasToString(PLAN + "-42-w3-task@course-planner");
        assertThat(ExportUid.task(PLAN, 42, 3).event()).isEqualTo(ExportUid.of(PLAN, 42, 3));
    }

    @Test
    void otherUidsAreNotOurs() {
        assertThat(ExportUid.parse("lec@google.com")).isEmpty();
        assertThat(ExportUid.parse(PLAN + "-42@elsewhere")).isEmpty();
        assertThat(ExportUid.parse(PLAN + "-99999999999999999999@course-planner")).isEmpty();
        assertThat(ExportUid.parse(null)).isEmpty();
    }
}

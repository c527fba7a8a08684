package org.courseplanner.domain.catalog;

import java.util.List;

/**
 * Why no schedule fits: a smallest set of the request's constraints that cannot hold together
 * (removing any one of them leaves a schedule), and the reason in a sentence.
 *
 * @param constraints the constraints, as a student reads them ("MATH 200", "Fridays off", "no class before 09:00")
 * @param reason      "every MATH 200 section meets MO 10:00-11:15 when every PHYS 150 lab does"
 */
public record NoSchedule(List<String> constraints, String reason) {
    public NoSchedule {
        constraints = List.copyOf(constraints);
    }
}

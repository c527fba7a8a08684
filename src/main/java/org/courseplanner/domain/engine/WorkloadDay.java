package org.courseplanner.domain.engine;

import java.time.LocalDate;
import java.util.List;

/** The hours of one day of the term (a day of the school's zone). */
public record WorkloadDay(LocalDate date, double sync, double homework, double async, double commitments, double hours,
                          double cap, boolean peak, List<WorkloadDriver> drivers) {
}

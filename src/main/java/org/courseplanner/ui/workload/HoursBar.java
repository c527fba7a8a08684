package org.courseplanner.ui.workload;

import java.time.LocalDate;

/**
 * One bar of a workload chart, a week or a day: its hours by kind and what its tooltip says.
 *
 * @param date        the week's Monday, or the day
 * @param axisLabel   what the x axis shows under it, or "" for nothing (weeks are labelled sparsely)
 * @param study       async effort: study blocks and the rest of the modules' windows
 * @param description the tooltip and accessible text, in words a student reads
 */
public record HoursBar(LocalDate date, String axisLabel, double sync, double study, double homework, double commitments,
                       double hours, boolean peak, String description) {
}

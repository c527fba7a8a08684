package org.courseplanner.cli;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.courseplanner.domain.Weekdays;

/**
 * Random plans built through the command line (issue 12), shared by {@link ExportReadersPropertyTest}
 * and {@link ExportImportRoundTripTest}: the same seed gives the same commands, hence the same plan.
 */
final class RandomPlans {
    static final List<String> SCHOOL_ZONES = List.of("America/New_York", "Europe/Berlin", "Australia/Sydney", "Asia/Kolkata",
            "America/St_Johns", "Pacific/Auckland", "America/Mexico_City", "America/Sao_Paulo", "America/Nuuk", "America/Asuncion");
    private static final Pattern ADDED_ID = Pattern.compile("^Added [a-z ]+? (\\d+):");

    private RandomPlans() {
    }

    /** The id in what an {@code add} command printed ("Added session 12: ..."). */
    static long id(String added) {
        Matcher m = ADDED_ID.matcher(added.strip());
        if (!m.find()) {
            throw new AssertionError("no id in: " + added);
        }
        return Long.parseLong(m.group(1));
    }

    /** Builds one random plan through the command line, as a student would type it. */
    static final class PlanBuilder {
        final CliRun cli;
        final Random random;
        final String termName;
        final List<String> commands = new ArrayList<>();
        /** The {@code term add} command's arguments, to make another plan with the same term. */
        final List<String> termCommand = new ArrayList<>();
        /** Course codes are this and a number: "C1", "C2" (or "CS 101", "CS 102" with "CS 10"); it draws no random number. */
        String codePrefix = "C";
        String school;
        String mine;
        LocalDate first;
        LocalDate last;
        int refused;

        PlanBuilder(CliRun cli, Random random, String termName) {
            this.cli = cli;
            this.random = random;
            this.termName = termName;
        }

        void build() {
            school = pick(SCHOOL_ZONES);
            mine = random.nextInt(3) == 0 ? school : pick(SCHOOL_ZONES);
            int year = 2025 + random.nextInt(6);
            // terms around the March/April and September/October/November changes of both hemispheres
            LocalDate around = random.nextBoolean() ? LocalDate.of(year, 1, 5) : LocalDate.of(year, 8, 15);
            first = around.plusDays(random.nextInt(60));
            last = first.plusWeeks(6 + random.nextInt(10)).plusDays(random.nextInt(5));
            List<String> term = new ArrayList<>(List.of("term", "add", termName, "--start", first.toString(), "--end", last.toString(),
                    "--zone", school, "--my-zone", mine));
            for (int b = random.nextInt(3); b > 0; b--) {
                LocalDate from = random.nextInt(2) == 0 ? nearChange(ZoneId.of(school)) : dayInTerm();
                LocalDate to = from.plusDays(random.nextInt(9));
                term.addAll(List.of("--break", "Break " + b + "=" + from + ".." + (to.isAfter(last) ? last : to)));
            }
            termCommand.addAll(term);
            if (!run(term)) {
                throw new AssertionError("the term was refused: " + commands);
            }
            int courses = 1 + random.nextInt(2);
            for (int c = 1; c <= courses; c++) {
                String code = codePrefix + c;
                run(List.of("course", "add", code, "--title", "Course " + c, "--delivery", pick(List.of("sync", "async", "hybrid"))));
                for (int s = random.nextInt(3); s > 0; s--) {
                    session(code);
                }
                if (random.nextInt(3) > 0) {
                    exam(code);
                }
                for (int m = random.nextInt(3); m > 0; m--) {
                    module(code);
                }
                if (random.nextInt(3) == 0) {
                    homework(code);
                }
            }
            for (int m = random.nextInt(3); m > 0; m--) {
                commitment();
            }
        }

        private void session(String code) {
            List<String> args = new ArrayList<>(List.of("session", "add", code, "--days", days(1 + random.nextInt(3))));
            LocalTime start = pick(List.of(LocalTime.of(1, 30), LocalTime.of(2, 30), LocalTime.of(23, 30), LocalTime.of(0, 30),
                    LocalTime.of(8, 0), LocalTime.of(10, 0), LocalTime.of(13, 15), LocalTime.of(22, 0), LocalTime.of(3, 0)));
            LocalTime end = start.plusMinutes(50 + 25L * random.nextInt(6));
            if (end.isBefore(start)) {
                end = LocalTime.of(23, 59);
            }
            args.addAll(List.of("--start", start.toString(), "--end", end.toString(), "--every", String.valueOf(1 + random.nextInt(3))));
            if (random.nextInt(3) == 0) {
                args.addAll(List.of("--from", dayInTerm().toString()));
            }
            if (random.nextInt(3) == 0) {
                args.addAll(List.of("--until", last.minusDays(random.nextInt(20)).toString()));
            }
            for (int k = random.nextInt(3); k > 0; k--) {
                args.addAll(List.of("--skip", (random.nextBoolean() ? nearChange(ZoneId.of(school)) : dayInTerm()).toString()));
            }
            run(args);
        }

        private void exam(String code) {
            LocalDate day = random.nextBoolean() ? nearChange(ZoneId.of(school)) : dayInTerm();
            LocalTime start = pick(List.of(LocalTime.of(2, 30), LocalTime.of(1, 30), LocalTime.of(9, 0), LocalTime.of(23, 0)));
            run(List.of("session", "add", code, "--date", day.toString(), "--start", start.toString(), "--end",
                    start.plusMinutes(50).toString(), "--kind", "exam"));
        }

        private void module(String code) {
            List<String> args = new ArrayList<>(List.of("module", "add", code, "--title", "Module"));
            if (random.nextInt(4) > 0) {
                String opens = pick(List.of("MO@09:00", "MO@00:00", "SA@02:30", "FR@23:30"));
                String due = pick(List.of("SU@23:59", "SU@02:30", "SU@01:30", "SA@23:30", "WE@12:00"));
                int weeks = 1 + random.nextInt(Math.max(1, (int) (java.time.temporal.ChronoUnit.WEEKS.between(first, last)) - 1));
                LocalDate from = random.nextInt(3) == 0 ? dayInTerm() : null;
                // no window may open after the term: as many weeks as fit from the first opening day
                LocalDate firstOpening = (from != null ? from : first)
                        .with(java.time.temporal.TemporalAdjusters.nextOrSame(Weekdays.parseDay(opens.substring(0, 2))));
                weeks = (int) Math.max(1, Math.min(weeks, java.time.temporal.ChronoUnit.WEEKS.between(firstOpening, last) + 1));
                args.addAll(List.of("--opens", opens, "--due", due, "--weeks", String.valueOf(weeks)));
                if (from != null) {
                    args.addAll(List.of("--from", from.toString()));
                }
                if (weeks > 2 && random.nextInt(3) == 0) {
                    args.addAll(List.of("--skip-week", String.valueOf(2 + random.nextInt(weeks - 1))));
                }
            } else {
                LocalDate day = random.nextBoolean() ? nearChange(ZoneId.of(school)) : dayInTerm();
                LocalTime at = pick(List.of(LocalTime.of(23, 59), LocalTime.of(2, 30), LocalTime.of(1, 30), LocalTime.of(12, 0)));
                args.addAll(List.of("--due", day.atTime(at).toString()));
                if (random.nextBoolean()) {
                    args.addAll(List.of("--opens", day.minusDays(1 + random.nextInt(10)).atTime(9, 0).toString()));
                }
            }
            String added = run(args) ? lastOut : null;
            if (added != null && random.nextBoolean()) {
                LocalDate day = random.nextBoolean() ? nearChange(ZoneId.of(school)) : dayInTerm();
                LocalTime at = pick(List.of(LocalTime.of(2, 0), LocalTime.of(1, 30), LocalTime.of(19, 0), LocalTime.of(23, 30)));
                run(List.of("study", "add", String.valueOf(id(added)), "--week", "1", "--at", day.atTime(at).toString(), "--minutes",
                        String.valueOf(30 + 30 * random.nextInt(6))));
            }
        }

        /** Homework time for a course in the term week of its day, often on a night the clocks change. */
        private void homework(String code) {
            LocalDate day = random.nextBoolean() ? nearChange(ZoneId.of(school)) : dayInTerm();
            LocalTime at = pick(List.of(LocalTime.of(2, 0), LocalTime.of(1, 30), LocalTime.of(19, 0), LocalTime.of(23, 30)));
            LocalDate firstMonday = first.with(java.time.temporal.TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            long week = Math.floorDiv(java.time.temporal.ChronoUnit.DAYS.between(firstMonday, day), 7) + 1;
            run(List.of("study", "add", "--course", code, "--term", termName, "--week", String.valueOf(Math.max(1, week)), "--at",
                    day.atTime(at).toString(), "--minutes", String.valueOf(30 + 30 * random.nextInt(6))));
        }

        /** A job shift in the student's zone, often on a night the clocks change. */
        private void commitment() {
            ZoneId zone = ZoneId.of(mine);
            List<String> args = new ArrayList<>(List.of("commitment", "add", "Shift"));
            int kind = random.nextInt(4);
            ZoneOffsetTransition change = change(zone);
            if (kind == 0 && change != null) {
                // starts in the night the clocks change: 02:30 on that day, or across midnight from the day before
                LocalDate day = change.getDateTimeBefore().toLocalDate();
                boolean crossing = random.nextBoolean();
                DayOfWeek weekday = crossing ? day.minusDays(1).getDayOfWeek() : day.getDayOfWeek();
                args.addAll(List.of("--days", code(weekday), "--start", crossing ? "22:00" : "02:30", "--end", crossing ? "06:00" : "05:00"));
            } else if (kind == 1) {
                args.addAll(List.of("--days", days(1 + random.nextInt(2)), "--start", pick(List.of("22:00", "23:30", "20:00")), "--end",
                        pick(List.of("06:00", "01:30", "02:30"))));
            } else {
                LocalTime start = pick(List.of(LocalTime.of(17, 0), LocalTime.of(2, 30), LocalTime.of(1, 0), LocalTime.of(7, 0)));
                args.addAll(List.of("--days", days(1 + random.nextInt(3)), "--start", start.toString(), "--end",
                        start.plusHours(2 + random.nextInt(4)).toString()));
            }
            if (random.nextInt(4) == 0) {
                args.addAll(List.of("--every", String.valueOf(2 + random.nextInt(2))));
            }
            if (random.nextInt(4) == 0) {
                args.addAll(List.of("--from", dayInTerm().toString()));
            }
            if (random.nextInt(5) == 0) {
                args.addAll(List.of("--until", last.minusDays(random.nextInt(15)).toString()));
            }
            if (random.nextInt(6) == 0) {
                args.addAll(List.of("--zone", pick(SCHOOL_ZONES)));
            }
            run(args);
        }

        private String lastOut;

        /** Runs one command; a refusal by the planner (exit 1) is counted, wrong usage (exit 2) is a bug of this test. */
        private boolean run(List<String> args) {
            List<String> all = new ArrayList<>(args);
            if (!args.get(0).equals("term") && !args.get(0).equals("study")) { // a study block finds its term by its module
                all.addAll(List.of("--term", termName));
            }
            CliRun.Result r = cli.run(all.toArray(String[]::new));
            commands.add(String.join(" ", args.stream().map(a -> a.contains(" ") ? "\"" + a + "\"" : a).toList())
                    + (r.exitCode() == 0 ? "" : "   # refused: " + r.err().strip()));
            if (r.exitCode() == 2) {
                throw new AssertionError("wrong usage: " + all + ": " + r.err());
            }
            lastOut = r.out();
            if (r.exitCode() != 0) {
                refused++;
                return false;
            }
            return true;
        }

        private LocalDate dayInTerm() {
            return first.plusDays(random.nextInt((int) (last.toEpochDay() - first.toEpochDay()) + 1));
        }

        /** A day on or next to a DST change of the zone inside the term, else any day of the term. */
        private LocalDate nearChange(ZoneId zone) {
            ZoneOffsetTransition t = change(zone);
            if (t == null) {
                return dayInTerm();
            }
            LocalDate day = t.getDateTimeBefore().toLocalDate().plusDays(random.nextInt(3) - 1);
            return day.isBefore(first) || day.isAfter(last) ? dayInTerm() : day;
        }

        /** A DST change of the zone within the term, if there is one. */
        private ZoneOffsetTransition change(ZoneId zone) {
            List<ZoneOffsetTransition> inTerm = new ArrayList<>();
            ZoneOffsetTransition t = zone.getRules().nextTransition(first.atStartOfDay(zone).toInstant());
            while (t != null && !t.getDateTimeBefore().toLocalDate().isAfter(last)) {
                inTerm.add(t);
                t = zone.getRules().nextTransition(t.getInstant());
            }
            return inTerm.isEmpty() ? null : inTerm.get(random.nextInt(inTerm.size()));
        }

        private String days(int count) {
            TreeSet<DayOfWeek> chosen = new TreeSet<>();
            while (chosen.size() < count) {
                chosen.add(DayOfWeek.of(1 + random.nextInt(7)));
            }
            return String.join(",", chosen.stream().map(PlanBuilder::code).toList());
        }

        private static String code(DayOfWeek d) {
            return d.name().substring(0, 2);
        }

        private <T> T pick(List<T> options) {
            return options.get(random.nextInt(options.size()));
        }
    }
}

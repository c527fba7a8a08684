package org.courseplanner.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.courseplanner.domain.AsyncModule;
import org.courseplanner.domain.Commitment;
import org.courseplanner.domain.Course;
import org.courseplanner.domain.SingleWindow;
import org.courseplanner.domain.StudyBlock;
import org.courseplanner.domain.SyncSession;
import org.courseplanner.domain.TermPlan;
import org.courseplanner.domain.WeeklyPattern;
import org.courseplanner.domain.WeeklyWindow;
import org.courseplanner.domain.Weekdays;

/** The items of a term as JSON objects: {@code id}, {@code type}, {@code course} and the item's fields. */
final class PlanJson {
    private PlanJson() {
    }

    /** The term first, then its courses, sessions, modules, commitments and study blocks. */
    static List<Map<String, Object>> items(TermPlan plan) {
        List<Map<String, Object>> items = new ArrayList<>();
        items.add(term(plan));
        for (Course c : plan.courses()) {
            Map<String, Object> o = item(c.id(), "course", plan, c);
            o.put("code", c.code());
            o.put("title", c.title());
            o.put("credits", c.credits());
            o.put("colour", c.colour());
            o.put("delivery", c.delivery().label());
            o.put("homeworkHours", c.weeklyHomeworkHours());
            o.put("homeworkDefault", c.homeworkHours() == null);
            items.add(o);
        }
        for (SyncSession s : plan.sessions()) {
            Map<String, Object> o = item(s.id(), "session", plan, plan.courseById(s.courseId()));
            o.put("kind", s.kind().label());
            pattern(o, s.pattern());
            o.put("location", s.location());
            o.put("online", s.isOnline());
            o.put("section", s.sectionFacts().section());
            o.put("instructor", s.sectionFacts().instructor());
            o.put("crn", s.sectionFacts().crn());
            items.add(o);
        }
        for (AsyncModule m : plan.modules()) {
            Map<String, Object> o = item(m.id(), "module", plan, plan.courseById(m.courseId()));
            o.put("title", m.title());
            o.put("effortHours", m.effortHours());
            if (m.schedule() instanceof WeeklyWindow w) {
                o.put("schedule", "weekly");
                o.put("opens", Weekdays.code(w.opensDay()) + "@" + w.opensAt());
                o.put("due", Weekdays.code(w.dueDay()) + "@" + w.dueAt());
                o.put("weeks", w.weeks());
                o.put("from", w.firstWeek().toString());
            } else {
                SingleWindow s = (SingleWindow) m.schedule();
                o.put("schedule", "single");
                o.put("opens", s.opens().toString());
                o.put("due", s.due().toString());
                o.put("weeks", 1);
            }
            o.put("skippedWeeks", List.copyOf(m.skippedWeeks()));
            o.put("doneWeeks", List.copyOf(m.doneWeeks()));
            items.add(o);
        }
        for (Commitment c : plan.commitments()) {
            Map<String, Object> o = item(c.id(), "commitment", plan, null);
            o.put("title", c.title());
            pattern(o, c.pattern());
            o.put("zone", c.effectiveZone(plan.term().studentZone()).getId());
            o.put("ownZone", c.zone() != null);
            items.add(o);
        }
        for (StudyBlock b : plan.studyBlocks()) {
            items.add(studyBlock(plan, b));
        }
        return items;
    }

    /**
     * A study block: "course" is its course's code; a module's block has "module" and "moduleTitle",
     * a homework block "homework": true and the term week; "auto" is true when the study planner placed it.
     */
    static Map<String, Object> studyBlock(TermPlan plan, StudyBlock b) {
        AsyncModule m = b.isHomework() ? null : plan.module(b.moduleId()).orElseThrow();
        Map<String, Object> o = item(b.id(), "study", plan, plan.courseById(b.isHomework() ? b.courseId() : m.courseId()));
        o.put("homework", b.isHomework());
        if (m != null) {
            o.put("module", m.id());
            o.put("moduleTitle", m.windowTitle(b.week()));
        }
        o.put("week", b.week());
        o.put("start", b.start().toString());
        o.put("minutes", b.minutes());
        o.put("auto", b.auto());
        return o;
    }

    static Map<String, Object> term(TermPlan plan) {
        var t = plan.term();
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("id", t.id());
        o.put("type", "term");
        o.put("name", t.name());
        o.put("start", t.firstDay().toString());
        o.put("end", t.lastDay().toString());
        o.put("zone", t.schoolZone().getId());
        o.put("myZone", t.studentZone().getId());
        List<Map<String, Object>> breaks = new ArrayList<>();
        for (var b : t.breaks()) {
            Map<String, Object> br = new LinkedHashMap<>();
            br.put("name", b.name());
            br.put("from", b.first().toString());
            br.put("to", b.last().toString());
            breaks.add(br);
        }
        o.put("breaks", breaks);
        o.put("weeklyCapHours", plan.weeklyCap());
        o.put("weeklyCapDefault", t.weeklyCapHours() == null);
        o.put("dailyCapHours", t.dailyCapHours());
        o.put("quietHours", t.conflictSettings().quietFrom() + "-" + t.conflictSettings().quietTo());
        o.put("deadlineCluster", t.conflictSettings().deadlineClusterSize());
        o.put("transferMinutes", t.conflictSettings().transferMinutes());
        var study = t.studySettings();
        o.put("minBlockMinutes", study.minBlockMinutes());
        o.put("maxBlockMinutes", study.maxBlockMinutes());
        o.put("bufferMinutes", study.bufferMinutes());
        o.put("beforeDueHours", study.finishBeforeDueMinutes() / 60.0);
        o.put("studyHours", study.hasStudyHours() ? study.studyFrom() + "-" + study.studyTo() : null);
        return o;
    }

    private static Map<String, Object> item(long id, String type, TermPlan plan, Course course) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("id", id);
        o.put("type", type);
        o.put("term", plan.term().name());
        if (course != null) {
            o.put("course", course.code());
        }
        return o;
    }

    static void pattern(Map<String, Object> o, WeeklyPattern p) {
        o.put("placed", p.isPlaced());
        o.put("days", p.days().stream().sorted().map(Weekdays::code).toList());
        o.put("start", p.start() == null ? null : p.start().toString());
        o.put("end", p.end() == null ? null : p.end().toString());
        o.put("every", p.everyWeeks());
        o.put("from", p.firstDate() == null ? null : p.firstDate().toString());
        o.put("until", p.lastDate() == null ? null : p.lastDate().toString());
        o.put("skip", p.skippedDates().stream().map(Object::toString).toList());
    }
}

package org.courseplanner.ui.week;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.courseplanner.ui.common.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The calendar is laid out before a plan is opened (the window shows first, the plan comes later): it draws an empty week and fails nowhere. */
@ExtendWith(ApplicationExtension.class)
class WeekCalendarWithoutPlanTest {
    private Stage stage;

    @Start
    void start(Stage primary) {
        stage = primary;
    }

    @Test
    void aCalendarWithNoPlanYetIsLaidOutWithoutFailing() throws Exception {
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> failures.add(e));
        try {
            WeekCalendar calendar = WaitForAsyncUtils.asyncFx(() -> {
                WeekCalendar c = new WeekCalendar();
                Scene scene = new Scene(c, 1280, 800);
                Theme.LIGHT.applyTo(scene);
                stage.setScene(scene);
                stage.show();
                c.applyCss();
                c.layout();
                return c;
            }).get();
            WaitForAsyncUtils.waitForFxEvents();

            assertThat(failures).isEmpty();
            assertThat(calendar.getHeight()).isPositive();
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(before);
        }
    }
}

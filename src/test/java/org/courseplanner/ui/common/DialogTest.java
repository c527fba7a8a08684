package org.courseplanner.ui.common;

import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A dialog test: each test gets an owner window of its own, and every window it opened is closed after it. */
@ExtendWith(ApplicationExtension.class)
abstract class DialogTest {
    /** The window the dialogs under test belong to. */
    protected Stage owner;

    @Start
    void start(Stage primary) {
        owner = DialogProbe.showOwner();
    }

    @AfterEach
    void close() throws Exception {
        DialogProbe.closeAll();
    }
}

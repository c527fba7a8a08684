package org.courseplanner.ui.common;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A form that cannot be loaded says what really failed. */
class FormTest {
    /** A controller whose initialize() fails as ControlsFX did on the module path. */
    public static final class BrokenForm {
        public void initialize() {
            throw new IllegalAccessError("module javafx.base does not export com.sun.javafx.event to unnamed module");
        }
    }

    /** A controller class with no FXML beside it. */
    static final class NoSuchForm {
    }

    @Test
    void aFailingControllerIsNamedNotCalledMissing() {
        assertThatThrownBy(() -> Form.load(BrokenForm.class)).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("BrokenForm.fxml could not be loaded: java.lang.IllegalAccessError: module javafx.base")
                .hasMessageNotContaining("missing");
    }

    @Test
    void aMissingFileIsCalledMissing() {
        assertThatThrownBy(() -> Form.load(NoSuchForm.class)).isInstanceOf(IllegalStateException.class)
                .hasMessage("NoSuchForm.fxml is missing from the build");
    }
}

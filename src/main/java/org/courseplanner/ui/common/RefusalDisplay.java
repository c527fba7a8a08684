package org.courseplanner.ui.common;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.decoration.CompoundValidationDecoration;
import org.controlsfx.validation.decoration.GraphicValidationDecoration;
import org.controlsfx.validation.decoration.StyleClassValidationDecoration;
import org.controlsfx.validation.decoration.ValidationDecoration;
import org.courseplanner.domain.Refusal;

/**
 * Shows the planner's refusal at the field it names: a ControlsFX error decoration, the style class
 * {@value #ERROR_CLASS}, the field's tooltip and accessible help, and the form's problem label, where
 * screen readers and refusals of no known field are read.
 */
public final class RefusalDisplay {
    /** The style class a refused field carries until the student edits it. */
    public static final String ERROR_CLASS = "validation-error";

    private final Label problem;
    private final Map<String, List<Function<Refusal, Optional<Control>>>> fields = new HashMap<>();
    private final Map<Control, Optional<Tooltip>> marked = new LinkedHashMap<>();
    private final Map<Control, String> help = new HashMap<>();
    private final ValidationDecoration decoration = new CompoundValidationDecoration(
            new GraphicValidationDecoration(), new StyleClassValidationDecoration(ERROR_CLASS, "validation-warning"));

    public RefusalDisplay(Label problem) {
        this.problem = problem;
        problem.setWrapText(true); // the whole sentence, on as many lines as it takes, never "give th…"
        growsItsForm(problem);
    }

    /**
     * A wrapped text of a form that may take more lines once laid out at its width, or get a longer
     * text after the form opened (a hint filled in from the background): the form's window grows with it.
     */
    public static void growsItsForm(Label text) {
        text.setMinHeight(Region.USE_PREF_SIZE);
        if (text.getScene() != null) {
            FormHeight.keep(text);
        }
        text.sceneProperty().addListener((obs, was, now) -> {
            if (now != null) {
                FormHeight.keep(text);
            }
        });
    }

    /** Shows refusals about any of {@code names} (the domain's field names) at {@code control}; editing it clears them. */
    public RefusalDisplay field(Control control, String... names) {
        if (control instanceof TextInputControl text) {
            return field(control, text.textProperty(), names);
        }
        if (control instanceof DatePicker picker) {
            field(control, picker.getEditor().textProperty(), names);
            return field(control, picker.valueProperty(), new String[0]);
        }
        if (control instanceof ComboBoxBase<?> box) {
            return field(control, box.valueProperty(), names);
        }
        throw new IllegalArgumentException("say which property of " + control + " is its edit");
    }

    /** As {@link #field(Control, String...)}, for a control whose edits show in {@code edits}. */
    public RefusalDisplay field(Control control, Observable edits, String... names) {
        watch(control, edits);
        return fieldFoundBy(r -> Optional.of(control), names);
    }

    /** Shows refusals about any of {@code names} at the control {@code finder} picks from the refusal (rows of a list). */
    public RefusalDisplay fieldFoundBy(Function<Refusal, Optional<Control>> finder, String... names) {
        for (String name : names) {
            fields.computeIfAbsent(key(name), k -> new ArrayList<>()).add(finder);
        }
        return this;
    }

    /** Clears a refusal shown at {@code control} when {@code edits} changes. */
    public void watch(Control control, Observable edits) {
        edits.addListener(o -> {
            if (marked.containsKey(control)) {
                clear();
            }
        });
    }

    /** The shown control a refusal belongs to (the first shown one when several take its field). */
    public Optional<Control> controlFor(Refusal refusal) {
        String field = refusal.field() == null ? "" : refusal.field();
        return fields.getOrDefault(key(field), List.of()).stream().map(f -> f.apply(refusal)).flatMap(Optional::stream)
                .filter(RefusalDisplay::shown).findFirst();
    }

    /** Clears the last refusal, then shows this one (none: the form is fine). */
    public void show(Optional<Refusal> refusal) {
        clear();
        refusal.ifPresent(r -> {
            String message = Sentences.of(r);
            problem.setText(message);
            controlFor(r).ifPresent(control -> {
                marked.put(control, Optional.ofNullable(control.getTooltip()));
                help.put(control, control.getAccessibleHelp());
                decoration.applyValidationDecoration(ValidationMessage.error(control, message));
                control.setTooltip(new Tooltip(message));
                control.setAccessibleHelp(message);
                control.requestFocus(); // the student (and a screen reader) lands on what to fix
            });
        });
    }

    /** Takes the refusal away: the student is fixing it. */
    public void clear() {
        problem.setText("");
        marked.forEach((control, tip) -> {
            decoration.removeDecorations(control);
            control.getStyleClass().remove(ERROR_CLASS); // in case the decoration pane was not up yet
            control.setTooltip(tip.orElse(null));
            control.setAccessibleHelp(help.remove(control));
        });
        marked.clear();
    }

    /**
     * Keeps {@code dialog} open while {@code check} refuses what {@code answer} reads from the form,
     * showing each refusal; {@code answer} may itself throw a refusal (text that does not parse).
     */
    public <A> void guard(Dialog<?> dialog, Supplier<A> answer, Function<A, Optional<Refusal>> check) {
        Node ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            Optional<Refusal> refusal;
            try {
                refusal = check.apply(answer.get());
            } catch (Refusal r) {
                refusal = Optional.of(r);
            }
            show(refusal);
            if (refusal.isPresent()) {
                e.consume(); // stays open: the field says what to fix
            }
        });
    }

    /** Adapts a check that answers with a message only ("" when fine): its refusals go to the problem label. */
    public static <A> Function<A, Optional<Refusal>> fromMessages(Function<A, String> check) {
        return a -> {
            String message = check.apply(a);
            return message == null || message.isEmpty() ? Optional.empty() : Optional.of(new Refusal("", message));
        };
    }

    private static String key(String field) {
        return field.strip().toLowerCase(Locale.ROOT).replace('-', ' ').replace('_', ' ');
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}

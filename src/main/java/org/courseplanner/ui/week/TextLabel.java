package org.courseplanner.ui.week;

import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Skin;
import javafx.scene.control.skin.LabelSkin;

/**
 * A label for text that changes often (a block's lines, a window bar): the stock skin sets its
 * children anew on every change of the text, so its text node leaves the scene, comes back and is
 * styled from scratch (an eighth of a week switch with a thousand blocks). This skin keeps the
 * text node where it is when there is nothing else to show; with a graphic it does what the stock
 * skin does.
 */
final class TextLabel extends Label {
    @Override
    protected Skin<?> createDefaultSkin() {
        return new LabelSkin(this) {
            @Override
            protected void updateChildren() {
                // without a graphic the only child is the text node: setting it again changes nothing but costs its styling
                if (getSkinnable().getGraphic() != null || getSkinnable().getContentDisplay() == ContentDisplay.GRAPHIC_ONLY
                        || getChildren().size() != 1) {
                    super.updateChildren();
                }
            }
        };
    }
}

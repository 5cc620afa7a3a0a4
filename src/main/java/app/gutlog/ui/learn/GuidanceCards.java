package app.gutlog.ui.learn;

import app.gutlog.domain.Guidance;
import app.gutlog.domain.GuidanceNote;
import app.gutlog.domain.RedFlag;
import app.gutlog.domain.SafetySource;
import app.gutlog.text.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * Cards for GutLog's own general guidance: always headed as GutLog's and not the articles', with every line's sources
 * named, and for the red flags each sign with its own. Learn shows them on the sections they belong to, and the home
 * page the red flags as its help line.
 */
public final class GuidanceCards {


    private GuidanceCards() {}

    private static Texts texts() {
        return Texts.of(GuidanceCards.class);
    }

    /**
     * A card for {@code guidance}: its heading, the mark, its text, the signs if it lists red flags, and its sources,
     * each with its address as a link that {@code browser} opens only when clicked (null: no links).
     */
    public static VBox card(Guidance guidance, List<RedFlag> redFlags, Consumer<String> browser) {
        Label heading = new Label(guidance.heading());
        heading.getStyleClass().add("title-4");
        heading.setWrapText(true);
        Label mark = new Label(GuidanceNote.markSentence());
        mark.setId("guidance-mark-" + guidance.id());
        mark.getStyleClass().addAll("text-muted", "text-small");
        mark.setWrapText(true);
        Label text = new Label(guidance.text());
        text.setId("guidance-text-" + guidance.id());
        text.setWrapText(true);
        VBox card = new VBox(6, heading, mark, text);
        card.setId("guidance-" + guidance.id());
        card.getStyleClass().addAll("card", "notice", "safety-guidance");
        card.setAccessibleText(guidance.heading() + ". " + GuidanceNote.markSentence());
        List<SafetySource> sources = new ArrayList<>(guidance.sources());
        if (!redFlags.isEmpty()) {
            card.getChildren().add(signs(guidance.id(), "red-flag-", redFlags));
            redFlags.forEach(flag -> sources.addAll(flag.sources()));
        }
        card.getChildren().add(sources(guidance.id(), sources.stream().distinct().toList(), browser));
        return card;
    }

    /**
     * The red-flag signs, one a line, each with its sources named briefly (the full list is beside them, or a click
     * away); each sign's label has the id {@code idPrefix + flag id}, and its sources {@code idPrefix + "sources-"
     * + flag id}.
     */
    public static VBox signs(String id, String idPrefix, List<RedFlag> redFlags) {
        VBox signs = new VBox(2);
        signs.setId(id + "-signs");
        for (RedFlag flag : redFlags) {
            Text sign = new Text("\u2022 " + flag.sign() + "  ");
            sign.setId(idPrefix + flag.id());
            sign.getStyleClass().add("text");
            Text cited = new Text(GuidanceNote.shortCitation(flag.sources()));
            cited.setId(idPrefix + "sources-" + flag.id());
            cited.getStyleClass().addAll("text", "text-muted", "text-small");
            TextFlow line = new TextFlow(sign, cited);
            line.setAccessibleText(flag.sign() + " " + GuidanceNote.citation(flag.sources()));
            signs.getChildren().add(line);
        }
        return signs;
    }

    private static VBox sources(String id, List<SafetySource> sources, Consumer<String> browser) {
        VBox box = new VBox(2);
        box.setId("guidance-sources-" + id);
        Label title = new Label(texts().format("learn.guidance.sources", sources.size()));
        title.getStyleClass().add("text-bold");
        box.getChildren().add(title);
        for (SafetySource source : sources) {
            box.getChildren().add(sourceRow(source, browser));
        }
        return box;
    }

    /** "NHS, "Bowel cancer" [NHS] open the page — a note", wrapping as one paragraph. */
    private static TextFlow sourceRow(SafetySource source, Consumer<String> browser) {
        Text label = new Text("\u2022 " + source.label()
                + (source.shortName() == null ? "" : " [" + source.shortName() + "]") + " ");
        label.getStyleClass().add("text");
        TextFlow row = new TextFlow(label);
        row.setId("source-row-" + source.id());
        if (browser != null) {
            source.link().ifPresent(address -> {
                Hyperlink link = new Hyperlink(texts().get("learn.guidance.openPage"));
                link.setId("source-" + source.id());
                link.setAccessibleText(texts().format("learn.guidance.openPage.accessible", source.label()));
                link.setOnAction(event -> browser.accept(address));
                row.getChildren().add(link);
            });
        }
        if (source.note() != null) {
            Text note = new Text(" \u2014 " + source.note());
            note.getStyleClass().addAll("text", "text-muted");
            row.getChildren().add(note);
        }
        return row;
    }
}

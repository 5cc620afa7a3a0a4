package app.gutlog.ui.shared;

import app.gutlog.domain.KnowledgeBase;
import app.gutlog.domain.Section;
import app.gutlog.domain.WhyWeAsk;
import app.gutlog.text.Texts;
import app.gutlog.ui.shared.Destination;
import app.gutlog.ui.shared.FeatureContext.Navigator;
import app.gutlog.ui.shared.Tooltips;
import javafx.scene.control.Button;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The link from anything GutLog shows to the article section that explains it: clicking it opens that section in
 * the Learn view. Beside a measure or a group it is a small "why we ask" icon whose tooltip gives the one-line reason;
 * on an insight card it names the section.
 */
public final class SectionLink {

    private SectionLink() {}

    /** {@code subject} names what is explained ("Bloating"); {@code id} becomes the button's id. */
    public static Button create(String id, String subject, WhyWeAsk why, KnowledgeBase knowledge, Navigator navigator) {
        Button link = new Button(null, new FontIcon("fth-info"));
        link.setId(id);
        link.getStyleClass().addAll("button-icon", "flat", "section-link");
        link.setFocusTraversable(false);
        Texts texts = Texts.of(SectionLink.class);
        link.setAccessibleText(texts.format("shared.why.accessible", subject));
        String heading = knowledge.section(why.sectionId()).map(section -> section.heading()).orElse("");
        Tooltips.install(link, texts.format("shared.why.tooltip", why.text(), heading));
        link.setOnAction(event -> navigator.open(new Destination.KnowledgeSection(why.sectionId())));
        return link;
    }

    /** A link that names {@code section}: "Read: heading", with the full citation as its tooltip. */
    public static Button toSection(String id, Section section, Navigator navigator) {
        Texts texts = Texts.of(SectionLink.class);
        Button link = new Button(texts.format("shared.read", section.heading()), new FontIcon("fth-book-open"));
        link.setId(id);
        link.getStyleClass().addAll("flat", "section-link");
        link.setWrapText(true);
        link.setAccessibleText(texts.format("shared.read.accessible", section.citation()));
        Tooltips.install(link, texts.format("shared.read.tooltip", section.citation()));
        link.setOnAction(event -> navigator.open(new Destination.KnowledgeSection(section.id())));
        return link;
    }
}

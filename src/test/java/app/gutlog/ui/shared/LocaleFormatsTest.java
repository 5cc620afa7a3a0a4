package app.gutlog.ui.shared;

import static org.assertj.core.api.Assertions.assertThat;

import app.gutlog.text.Texts;
import java.time.LocalDate;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Dates and lists are written in the language of the texts around them (English, while GutLog has no translation),
 * whatever the user's locale, and the pseudo-locale leaves date patterns intact.
 */
class LocaleFormatsTest {

    private final Locale before = Locale.getDefault();

    @AfterEach
    void restoreTheLocale() {
        Locale.setDefault(before);
    }

    @Test
    void aDatePatternFromTheBundleNamesTheMonthInTheLanguageOfTheTexts() {
        Locale.setDefault(Locale.UK);
        assertThat(Texts.of(DateAxes.class).dates("shared.axis.month").format(LocalDate.of(2026, 3, 3)))
                .isEqualTo("Mar 2026");

        Locale.setDefault(Locale.GERMANY);
        assertThat(Texts.of(DateAxes.class).dates("shared.axis.day").format(LocalDate.of(2026, 3, 3)))
                .isEqualTo("3 Mar 26");
    }

    @Test
    void aDateInALanguagesOwnStyleFollowsTheUsersRegionOnlyInTheLanguageOfTheTexts() {
        LocalDate day = LocalDate.of(2026, 12, 3);

        Locale.setDefault(Locale.UK);
        assertThat(Texts.of(DateAxes.class).dates(FormatStyle.FULL).format(day)).isEqualTo("Thursday, 3 December 2026");

        Locale.setDefault(Locale.US);
        assertThat(Texts.of(DateAxes.class).dates(FormatStyle.FULL).format(day))
                .isEqualTo("Thursday, December 3, 2026");

        Locale.setDefault(Locale.GERMANY);
        assertThat(Texts.of(DateAxes.class).dates(FormatStyle.LONG).format(day)).as("English texts, so no 'Dezember'")
                .isEqualTo("December 3, 2026");
    }

    @Test
    void thePseudoLocaleLengthensTextsButNotDatePatterns() {
        Locale.setDefault(Texts.PSEUDO_LOCALE);
        Texts texts = Texts.of(DateAxes.class);

        assertThat(texts.dates("shared.axis.day").format(LocalDate.of(2026, 3, 3))).isEqualTo("3 Mar 26");
        assertThat(texts.get("shared.keys.either")).startsWith("[").endsWith("]");
    }

    @Test
    void aListIsWrittenAsTheLanguageOfTheTextsWritesOne() {
        for (Locale locale : List.of(Locale.UK, Locale.US, Locale.GERMANY)) {
            Locale.setDefault(locale);
            Texts texts = Texts.of(DateAxes.class);

            assertThat(texts.list(List.of("bloating", "cramps", "reflux"))).as("in %s", locale)
                    .isEqualTo("bloating, cramps, reflux");
            assertThat(texts.list(List.of("bloating"))).isEqualTo("bloating");
            assertThat(texts.list(List.of())).isEmpty();
        }
    }
}

package app.gutlog.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.gutlog.domain.CsvOptions;
import app.gutlog.domain.DayEntry;
import app.gutlog.domain.Measure;
import app.gutlog.domain.MeasureGroup;
import app.gutlog.domain.MeasureKind;
import app.gutlog.domain.Scale;
import app.gutlog.text.Texts;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvFormatTest {

    private static final Measure SLEEP = new Measure("sleep_hours", "Sleep", MeasureKind.RISK_FACTOR, MeasureGroup.SLEEP,
            Scale.HOURS, "hours", null, null, true, false);
    private static final Measure NOTES = new Measure("notes", "Notes", MeasureKind.OTHER, MeasureGroup.NOTES, Scale.TEXT,
            null, null, null, true, false);
    private static final List<Measure> MEASURES = List.of(SLEEP, NOTES);
    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

    @TempDir
    Path temp;

    private CsvImport read(String text) throws IOException {
        return CsvImport.read(Files.writeString(temp.resolve("x.csv"), text, StandardCharsets.UTF_8));
    }

    private static String export(List<DayEntry> days, CsvOptions options) throws IOException {
        StringWriter out = new StringWriter();
        CsvExport.write(days, MEASURES, options, out, done -> {});
        return out.toString();
    }

    @Test
    void wideHasADateColumnAColumnPerMeasureAndNotesWithEmptyForNotLogged() throws IOException {
        String csv = export(List.of(new DayEntry(DAY, Map.of("sleep_hours", 7.25), "=1+1, \"fine\""),
                new DayEntry(DAY.plusDays(1), Map.of(), null)), CsvOptions.DEFAULT);

        assertThat(csv).isEqualTo("date,sleep_hours,notes\r\n2026-03-01,7.25,\"'=1+1, \"\"fine\"\"\"\r\n2026-03-02,,\r\n");
    }

    @Test
    void longHasARowPerValueAndMarksADayWithNothingLogged() throws IOException {
        String csv = export(List.of(new DayEntry(DAY, Map.of("sleep_hours", 8.0), "-ok"),
                new DayEntry(DAY.plusDays(1), Map.of(), null)), new CsvOptions(CsvOptions.Layout.LONG, ';', true));

        assertThat(csv).isEqualTo("\uFEFFdate;measure;value;unit\r\n2026-03-01;sleep_hours;8;hours\r\n"
                + "2026-03-01;notes;'-ok;\r\n2026-03-02;;;\r\n");
    }

    @Test
    void formulaLikeTextGetsOneQuoteAndImportTakesExactlyOneAway() {
        for (String text : List.of("=cmd", "+1", "-1", "@x", "\tx", "\rx", "\nx", "\0x", "'x", "''x")) {
            assertThat(CsvCells.guard(text)).isEqualTo("'" + text);
            assertThat(CsvCells.unguard(CsvCells.guard(text))).isEqualTo(text);
        }
        assertThat(CsvCells.guard("plain")).isEqualTo("plain");
        assertThat(CsvCells.number(7.0)).isEqualTo("7");
        assertThat(CsvCells.number(0.25)).isEqualTo("0.25");
    }

    @Test
    void importFindsTheLayoutAndSeparatorAndReadsEmptyAsNotLogged() throws IOException {
        CsvImport file = read("\uFEFFdate;sleep_hours;notes\r\n2026-03-01;;\"a;b\"\r\n");

        assertThat(file.layout()).isEqualTo(CsvOptions.Layout.WIDE);
        assertThat(file.separator()).isEqualTo(';');
        assertThat(file.days(Map.of("sleep_hours", SLEEP, "notes", NOTES), DAY))
                .containsExactly(new DayEntry(DAY, Map.of(), "a;b"));
    }

    @Test
    void anEmptyJournalRoundTripsToNoDays() throws IOException {
        for (CsvOptions.Layout layout : CsvOptions.Layout.values()) {
            String csv = export(List.of(), new CsvOptions(layout, ',', false));
            assertThat(read(csv).days(Map.of("sleep_hours", SLEEP, "notes", NOTES), DAY)).isEmpty();
        }
    }

    @Test
    void aFileWithoutADateColumnOrEmptyIsRefused() {
        assertThatThrownBy(() -> read("")).hasMessageContaining("line 1: the file is empty");
        assertThatThrownBy(() -> read("day,sleep_hours\n"))
                .hasMessageContaining("line 1: the first column must be 'date', not 'day'");
        assertThatThrownBy(() -> read("date,measure,value,units\n"))
                .hasMessageContaining("a long file's header is date,measure,value,unit");
    }

    @Test
    void aProblemNamesTheLineItIsOnAfterQuotedCellsThatSpanLines() {
        assertThatThrownBy(() -> read("date,notes\n2026-03-01,\"one\ntwo\"\n2026-03-02,\"open\n"))
                .hasMessageEndingWith("\nline 4: a quoted cell is not closed");
        assertThatThrownBy(() -> read("date,notes\n2026-03-01,\"one\ntwo\"\n2026-03-02,\"a\"b\n"))
                .hasMessageContaining("\nline 4: a quoted cell has text after its closing quote");
    }

    @Test
    void textThatIsNotUtf8IsRefusedWithItsLine() throws IOException {
        byte[] start = ("date,notes\n" + "2026-03-01,fine\n".repeat(3_000)).getBytes(StandardCharsets.UTF_8);
        byte[] latin1 = "2026-03-02,caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        Path file = temp.resolve("latin1.csv");
        Files.write(file, start);
        Files.write(file, latin1, java.nio.file.StandardOpenOption.APPEND);

        assertThatThrownBy(() -> CsvImport.read(file))
                .hasMessageEndingWith("\nline 3002: the file is not UTF-8 text. Save it as \"CSV UTF-8\" and try"
                        + " again.");
    }

    @Test
    void aMessageListsTheFirstProblemsAndCountsTheOthers() throws IOException {
        CsvImport file = read("date,sleep_hours\n" + "2026-03-01,99\n".repeat(25));

        assertThatThrownBy(() -> file.days(Map.of("sleep_hours", SLEEP), DAY))
                .isInstanceOfSatisfying(CsvImport.InvalidFileException.class,
                        e -> assertThat(e.problems()).hasSize(CsvImport.PROBLEMS_SHOWN))
                .hasMessageStartingWith("x.csv was not imported; nothing was changed. 25 problems:\nline 2, column")
                .hasMessageEndingWith("\n…and 5 more");
    }

    @Test
    void inThePseudoLocaleTheMessageAndEachProblemAreTranslatedAndStillSayWhere() throws IOException {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Texts.PSEUDO_LOCALE);
            CsvImport file = read("date,sleep_hours\n2026-03-01,7,5\n2026-03-02,seven\n");

            assertThat(file.describe()).startsWith("[wídé, sépárátéd bý ',', 2 rows");
            assertThatThrownBy(() -> file.days(Map.of("sleep_hours", SLEEP), DAY))
                    .isInstanceOfSatisfying(CsvImport.InvalidFileException.class, e -> assertThat(e.problems())
                            .satisfiesExactly(
                                    cells -> assertThat(cells).startsWith("[líñé 2: [3 cells, bút thé héádér hás 2"),
                                    number -> assertThat(number)
                                            .startsWith("[líñé 3, çólúmñ sleep_hours: ['seven' ís ñót á ñúmbér")))
                    .hasMessageStartingWith("[x.csv wás ñót ímpórtéd; ñóthíñg wás çháñgéd. 2 problems:");
        } finally {
            Locale.setDefault(before);
        }
    }
}

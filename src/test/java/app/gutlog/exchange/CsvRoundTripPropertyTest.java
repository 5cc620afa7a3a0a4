package app.gutlog.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import app.gutlog.domain.CsvOptions;
import app.gutlog.domain.DayEntry;
import app.gutlog.domain.ExposureRule;
import app.gutlog.domain.Measure;
import app.gutlog.domain.MeasureGroup;
import app.gutlog.domain.MeasureKind;
import app.gutlog.domain.Scale;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Exporting a journal and importing the file gives the same journal: every value, every unlogged gap, every day with
 * nothing logged, custom measures, and notes with commas, quotes, line breaks, emoji and leading = + - @ '.
 */
class CsvRoundTripPropertyTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);
    private static final List<Measure> BUILT_IN = List.of(
            measure("bloating", MeasureKind.SYMPTOM, MeasureGroup.SYMPTOMS, Scale.SEVERITY, null, null),
            measure("sleep_hours", MeasureKind.RISK_FACTOR, MeasureGroup.SLEEP, Scale.HOURS, "hours",
                    new ExposureRule(ExposureRule.Comparison.BELOW, 7)),
            measure("alcohol", MeasureKind.RISK_FACTOR, MeasureGroup.ALCOHOL_AND_MEDICATIONS, Scale.COUNT,
                    "standard drinks", ExposureRule.ANY_AMOUNT),
            measure("gut_infection", MeasureKind.RISK_FACTOR, MeasureGroup.ALCOHOL_AND_MEDICATIONS, Scale.YES_NO, null,
                    ExposureRule.ANY_AMOUNT),
            measure("stool_form", MeasureKind.OTHER, MeasureGroup.STOOL, Scale.BRISTOL, null, null),
            measure("relaxation", MeasureKind.SUPPORT, MeasureGroup.STRESS, Scale.MINUTES, "minutes",
                    ExposureRule.ANY_AMOUNT),
            measure("notes", MeasureKind.OTHER, MeasureGroup.NOTES, Scale.TEXT, null, null));

    private static Measure measure(String key, MeasureKind kind, MeasureGroup group, Scale scale, String unit,
            ExposureRule exposure) {
        return new Measure(key, key, kind, group, scale, unit, exposure, null, true, false);
    }

    record Journal(List<Measure> custom, List<DayEntry> days) {
        List<Measure> all() {
            List<Measure> all = new ArrayList<>(BUILT_IN.subList(0, BUILT_IN.size() - 1));
            all.addAll(custom);
            all.add(BUILT_IN.getLast());
            return all;
        }
    }

    @Property(tries = 2000, edgeCases = EdgeCasesMode.NONE)
    void exportThenImportGivesTheSameJournal(@ForAll("journals") Journal journal, @ForAll("options") CsvOptions options)
            throws IOException {
        StringWriter csv = new StringWriter();
        CsvExport.write(journal.days(), journal.all(), options, csv, done -> {});
        StringWriter dictionary = new StringWriter();
        DataDictionary.write(journal.all(), List.of(), options, key -> null, id -> null, dictionary);

        List<Measure> described = DataDictionary.read(new StringReader(dictionary.toString()), "dictionary.csv");
        Map<String, Measure> catalogue = new LinkedHashMap<>();
        BUILT_IN.forEach(measure -> catalogue.put(measure.key(), measure));
        described.stream().filter(measure -> !catalogue.containsKey(measure.key()))
                .forEach(measure -> catalogue.put(measure.key(), measure));
        Path file = Files.writeString(Files.createTempFile("journal", ".csv"), csv.toString(), StandardCharsets.UTF_8);
        try {
            CsvImport imported = CsvImport.read(file);

            assertThat(imported.layout()).isEqualTo(options.layout());
            assertThat(imported.separator()).isEqualTo(options.separator());
            assertThat(imported.days(catalogue, TODAY)).isEqualTo(journal.days());
        } finally {
            Files.delete(file);
        }
        assertThat(described.stream().filter(measure -> !measure.builtIn() && journal.custom().stream()
                .anyMatch(custom -> custom.key().equals(measure.key())))).containsExactlyElementsOf(journal.custom());
    }

    @Provide
    Arbitrary<CsvOptions> options() {
        return Combinators.combine(Arbitraries.of(CsvOptions.Layout.values()), Arbitraries.of(',', ';'),
                Arbitraries.of(true, false)).as(CsvOptions::new);
    }

    @Provide
    Arbitrary<Journal> journals() {
        Arbitrary<List<Measure>> custom = customMeasure().list().ofMaxSize(3).uniqueElements(Measure::key);
        return custom.flatMap(measures -> days(measures).map(days -> new Journal(measures, days)));
    }

    private Arbitrary<Measure> customMeasure() {
        return Combinators.combine(
                        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(3).ofMaxLength(12).map(k -> "my_" + k),
                        text().filter(name -> !name.isBlank()),
                        Arbitraries.of(MeasureKind.SYMPTOM, MeasureKind.RISK_FACTOR, MeasureKind.SUPPORT, MeasureKind.OTHER),
                        Arbitraries.of(MeasureGroup.values()),
                        Arbitraries.of(Scale.SEVERITY, Scale.COUNT, Scale.HOURS, Scale.MINUTES, Scale.YES_NO, Scale.RATING),
                        text().injectNull(0.5),
                        Arbitraries.of(true, false))
                .as((key, name, kind, group, scale, unit, archived) -> new Measure(key, name, kind, group, scale,
                        unit, kind == MeasureKind.RISK_FACTOR ? new ExposureRule(ExposureRule.Comparison.AT_LEAST, 1)
                                : null, unit, false, archived));
    }

    private Arbitrary<List<DayEntry>> days(List<Measure> custom) {
        List<Measure> numeric = new ArrayList<>(BUILT_IN.subList(0, BUILT_IN.size() - 1));
        numeric.addAll(custom);
        Arbitrary<Map<String, Double>> values = Arbitraries.integers().between(0, 1 << numeric.size())
                .flatMap(mask -> {
                    List<Arbitrary<Double>> chosen = new ArrayList<>();
                    List<String> keys = new ArrayList<>();
                    for (int i = 0; i < numeric.size(); i++) {
                        if ((mask & (1 << i)) != 0) {
                            keys.add(numeric.get(i).key());
                            chosen.add(valueOf(numeric.get(i).scale()));
                        }
                    }
                    return Combinators.combine(chosen).as(drawn -> {
                        Map<String, Double> map = new HashMap<>();
                        for (int i = 0; i < keys.size(); i++) {
                            map.put(keys.get(i), drawn.get(i));
                        }
                        return map;
                    });
                });
        Arbitrary<DayEntry> day = Combinators.combine(Arbitraries.integers().between(0, 3000), values,
                text().injectNull(0.4)).as((back, map, notes) -> new DayEntry(TODAY.minusDays(back), map, notes));
        return day.list().ofMaxSize(25).uniqueElements(DayEntry::date).map(list -> {
            TreeMap<LocalDate, DayEntry> sorted = new TreeMap<>();
            list.forEach(entry -> sorted.put(entry.date(), entry));
            return List.copyOf(sorted.values());
        });
    }

    private static Arbitrary<Double> valueOf(Scale scale) {
        int steps = (int) Math.round((scale.max() - scale.min()) / scale.step());
        return Arbitraries.integers().between(0, steps).map(k -> scale.min() + k * scale.step());
    }

    /** Text that spreadsheets and CSV parsers trip over. */
    private static Arbitrary<String> text() {
        Arbitrary<String> tricky = Arbitraries.of("=SUM(A1)", "+1", "-2", "@home", "'quoted", "''twice", "\ttab",
                "\r\nline", "\0nul", "a,b;c", "say \"hi\"", "line 1\nline 2", "line\r2", "🙂 emoji", " padded ",
                "ünïcødé", "x");
        return Combinators.combine(tricky, Arbitraries.strings().ofMaxLength(20), tricky)
                .as((a, b, c) -> a + b + c);
    }
}

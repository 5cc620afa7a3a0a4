package app.gutlog.app;

import app.gutlog.analysis.DemoJournal;
import app.gutlog.analysis.InsightsAnalysis;
import app.gutlog.domain.DayEntry;
import app.gutlog.domain.InsightsReport;
import app.gutlog.domain.JournalException;
import app.gutlog.domain.JournalSummary;
import app.gutlog.domain.KnowledgeBase;
import app.gutlog.domain.Measure;
import app.gutlog.domain.Outcome;
import app.gutlog.domain.RedFlags;
import app.gutlog.domain.Section;
import app.gutlog.store.DayRepository;
import app.gutlog.store.MeasureRepository;
import app.gutlog.text.Texts;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/** What the journal shows about the risk factors, and the demo journal to try it on. */
public final class InsightsService {

    private final DayRepository days;
    private final MeasureRepository measures;
    private final Supplier<KnowledgeBase> knowledge;
    private final Clock clock;

    public InsightsService(DayRepository days, MeasureRepository measures, Supplier<KnowledgeBase> knowledge,
            Clock clock) {
        this.days = days;
        this.measures = measures;
        this.knowledge = knowledge;
        this.clock = clock;
    }

    /**
     * The insights for {@code outcome} from {@code from} to {@code to}, both included. A null end means the journal's
     * first or last day; an empty journal gives an empty range ending today. An end after today is clipped to today,
     * so that days yet to come never count as days in the range.
     */
    public InsightsReport report(LocalDate from, LocalDate to, Outcome outcome) {
        List<Measure> all = measures.findAll();
        checkOutcome(outcome, all);
        JournalSummary summary = days.summary();
        LocalDate today = LocalDate.now(clock);
        LocalDate asked = to != null ? to : summary.isEmpty() ? today : summary.lastDay();
        LocalDate last = asked.isAfter(today) ? today : asked;
        LocalDate first = from != null ? from : summary.isEmpty() ? last.plusDays(1) : summary.firstDay();
        if (first.isAfter(last.plusDays(1))) {
            throw new JournalException(texts().format("app.range.backwards", first.toString(), last.toString()));
        }
        List<DayEntry> inRange = days.findBetween(first, last);
        InsightsReport report = InsightsAnalysis.report(inRange, all, outcome, first, last);
        List<InsightsReport.Factor> withSections = report.factors().stream()
                .map(factor -> factor.withSection(sectionFor(factor.measure().key())))
                .toList();
        // The red-flag days go with the report so that whatever summarises the range (the practitioner report) lists
        // them with their notices; they never touch the burden or the outcome.
        return new InsightsReport(report.outcome(), report.first(), report.last(), report.insights(), withSections,
                report.outcomeByDay(), report.weeklyMean(), report.completeness(),
                RedFlags.days(inRange, all, knowledge.get().safety()));
    }

    private Section sectionFor(String measureKey) {
        return knowledge.get().explaining(measureKey).orElse(null);
    }

    private static void checkOutcome(Outcome outcome, List<Measure> all) {
        // A red-flag symptom is never an outcome: it is a sign for a doctor, not a rating to chart.
        if (outcome instanceof Outcome.Symptom symptom
                && all.stream().noneMatch(m -> m.isRatedSymptom() && m.key().equals(symptom.measureKey()))) {
            boolean redFlag = all.stream().anyMatch(m -> m.redFlag() && m.key().equals(symptom.measureKey()));
            throw new JournalException(texts().format("app.outcome.notAnOutcome", symptom.measureKey(),
                    texts().get(redFlag ? "app.outcome.warningSign" : "app.outcome.notASymptom"),
                    texts().list(all.stream().filter(Measure::isRatedSymptom).map(Measure::key).toList())));
        }
    }

    /**
     * Fills an empty journal with {@code count} made-up days ending today, generated from {@code seed}, and returns
     * how many were written. Refuses a journal that holds any day, so demo data never mixes with real entries.
     */
    public int createDemo(int count, long seed) {
        if (count < 1 || count > DemoJournal.MAX_DAYS) {
            throw new JournalException(texts().format("app.demo.days", DemoJournal.MAX_DAYS, count));
        }
        if (!days.summary().isEmpty()) {
            throw new JournalException(texts().get("app.demo.notEmpty"));
        }
        List<DayEntry> demo = DemoJournal.generate(LocalDate.now(clock), count, seed);
        days.saveAll(demo);
        return demo.size();
    }

    private static Texts texts() {
        return Texts.of(InsightsService.class);
    }
}

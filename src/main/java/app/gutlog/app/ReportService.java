package app.gutlog.app;

import app.gutlog.analysis.StrongestFindings;
import app.gutlog.analysis.SymptomTrends;
import app.gutlog.domain.DayEntry;
import app.gutlog.domain.InsightsReport;
import app.gutlog.domain.Measure;
import app.gutlog.domain.Outcome;
import app.gutlog.domain.ReportContent;
import app.gutlog.domain.Trial;
import app.gutlog.domain.TrialResult;
import app.gutlog.exchange.ReportPdf;
import app.gutlog.store.DayRepository;
import app.gutlog.store.MeasureRepository;
import app.gutlog.text.Texts;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The practitioner report: what the journal shows over a range of days, as a PDF to take to an appointment. */
public final class ReportService {

    /** The range of the report (null ends mean the journal's first or last day), a name for its cover, and notes. */
    public record ReportRequest(LocalDate from, LocalDate to, String name, boolean includeNotes) {}

    /** The report lists at most this many findings. */
    static final int MAX_FINDINGS = 10;

    private final DayRepository days;
    private final MeasureRepository measures;
    private final InsightsService insights;
    private final TrialService trials;
    private final OutputFiles outputs;
    private final Clock clock;

    ReportService(DayRepository days, MeasureRepository measures, InsightsService insights, TrialService trials,
            OutputFiles outputs, Clock clock) {
        this.days = days;
        this.measures = measures;
        this.insights = insights;
        this.trials = trials;
        this.outputs = outputs;
        this.clock = clock;
    }

    /** Writes the practitioner report for the chosen days to {@code target} as a PDF, atomically. */
    public Path writeReport(Path target, ExistingFile existing, ReportRequest request) {
        outputs.check(existing, target);
        InsightsReport report = insights.report(request.from(), request.to(), Outcome.BURDEN);
        List<DayEntry> inRange = days.findBetween(report.first(), report.last());
        List<DayEntry> notes = request.includeNotes()
                ? inRange.stream().filter(day -> day.notes() != null).toList() : List.of();
        List<TrialResult> overlapping = trials.results().stream()
                .filter(result -> overlaps(result.trial(), report.first(), report.last()))
                .toList();
        ReportContent content = new ReportContent(request.name(), LocalDate.now(clock), inRange.size(), report,
                SymptomTrends.of(inRange, measures.findAll()), notes, request.includeNotes(), overlapping,
                strongestFindings(report));
        try {
            outputs.write(target, out -> ReportPdf.write(content, out));
        } catch (IOException e) {
            throw OutputFiles.notWritten(target, e);
        }
        return target;
    }

    /** The strongest findings across the burden and every rated symptom, corrected across all of them. */
    private List<ReportContent.Finding> strongestFindings(InsightsReport burden) {
        List<InsightsReport> reports = new ArrayList<>(List.of(burden));
        List<String> names = new ArrayList<>(List.of(texts().get("app.outcome.burden")));
        for (Measure symptom : measures.findAll().stream().filter(Measure::isRatedSymptom).toList()) {
            reports.add(insights.report(burden.first(), burden.last(), new Outcome.Symptom(symptom.key())));
            names.add(symptom.name());
        }
        return StrongestFindings.across(reports, names, MAX_FINDINGS);
    }

    private static boolean overlaps(Trial trial, LocalDate first, LocalDate last) {
        LocalDate end = trial.reintroduceUntil() != null ? trial.reintroduceUntil() : trial.end();
        return !trial.baselineFrom().isAfter(last) && !end.isBefore(first);
    }

    private static Texts texts() {
        return Texts.of(ReportService.class);
    }
}

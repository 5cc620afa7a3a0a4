package app.gutlog.exchange;

import app.gutlog.domain.DailySeries;
import app.gutlog.domain.DayEntry;
import app.gutlog.domain.Downsampling;
import app.gutlog.domain.Insights.Effect;
import app.gutlog.domain.Insights;
import app.gutlog.domain.InsightsReport.Completeness;
import app.gutlog.domain.InsightsReport.Factor;
import app.gutlog.domain.InsightsReport;
import app.gutlog.domain.PValueFormat;
import app.gutlog.domain.RedFlagDay;
import app.gutlog.domain.RedFlagNotice;
import app.gutlog.domain.ReportContent;
import app.gutlog.domain.Section;
import app.gutlog.domain.SymptomSummary;
import app.gutlog.domain.Trial;
import app.gutlog.domain.TrialResult;
import java.io.IOException;
import java.io.OutputStream;
import app.gutlog.text.Texts;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * The practitioner report as a PDF of vector text and lines, readable in black and white: the cover with every day
 * on which a warning sign (a red flag) was logged, data completeness, the summary table, the symptom-burden trend,
 * the associations with their caveat and article sections, trials, and the notes if chosen.
 */
public final class ReportPdf {

    private static final float CHART_HEIGHT = 190;
    private static final String BULLET = "\u2022 ";

    private final Texts texts = Texts.of(ReportPdf.class);
    private final DateTimeFormatter longDate = texts.dates("report.date");
    private final PdfWriter pdf;

    private ReportPdf(PDDocument document) {
        this.pdf = new PdfWriter(document, page -> texts.format("report.footer", page));
    }

    public static void write(ReportContent content, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            ReportPdf report = new ReportPdf(document);
            PDDocumentInformation information = document.getDocumentInformation();
            information.setTitle(report.texts.get("report.title"));
            information.setCreator("GutLog");
            report.pages(content);
            document.save(out);
        }
    }

    private void pages(ReportContent content) throws IOException {
        try (pdf) {
            cover(content);
            redFlags(content.redFlagDays());
            completeness(content);
            summary(content);
            burdenChart(content.insights());
            associations(content.insights(), content.findings());
            trials(content.trials());
            if (content.notesIncluded()) {
                notes(content.notes());
            }
        }
    }

    private void cover(ReportContent content) throws IOException {
        pdf.newPage();
        pdf.space(120);
        pdf.paragraph(pdf.bold, 24, texts.get("report.title"));
        pdf.space(10);
        if (!content.name().isEmpty()) {
            pdf.paragraph(pdf.bold, 14, content.name());
        }
        pdf.paragraph(pdf.regular, 12, texts.format("report.cover.range", date(content.first()), date(content.last()),
                content.insights().daysInRange(), content.daysLogged()));
        pdf.paragraph(pdf.regular, 12, texts.format("report.cover.made", date(content.made())));
        pdf.space(30);
        pdf.paragraph(texts.format("report.cover.about", texts.get("report.caveat")));
    }

    /**
     * Every day of the range on which a red-flag sign was logged as yes, with its notice; on the cover, so that it is
     * read first. Red flags never count in the burden or the summary table.
     */
    private void redFlags(List<RedFlagDay> days) throws IOException {
        pdf.space(20);
        pdf.heading(texts.get("report.redFlags.heading"));
        if (days.isEmpty()) {
            pdf.paragraph(texts.get("report.redFlags.none"));
            return;
        }
        pdf.paragraph(texts.format("report.redFlags.some", days.size()));
        Map<String, RedFlagNotice> cited = new LinkedHashMap<>();
        for (RedFlagDay day : days) {
            pdf.paragraph(pdf.bold, 10, date(day.date()));
            for (RedFlagNotice notice : day.notices()) {
                pdf.paragraph(BULLET + notice.text());
                cited.putIfAbsent(notice.measureKey(), notice);
            }
        }
        pdf.paragraph(pdf.bold, 10, texts.get("report.redFlags.sources"));
        for (RedFlagNotice notice : cited.values()) {
            pdf.paragraph(BULLET + texts.format("report.redFlags.source", notice.measureName(), notice.citation()));
        }
    }

    private void completeness(ReportContent content) throws IOException {
        pdf.newPage();
        pdf.heading(texts.get("report.completeness.heading"));
        int days = content.insights().daysInRange();
        pdf.paragraph(texts.format("report.completeness.intro", content.daysLogged(), days));
        List<List<String>> rows = new ArrayList<>();
        for (Completeness measure : content.insights().completeness()) {
            if (measure.loggedDays() > 0) {
                rows.add(List.of(measure.measure().name(), String.valueOf(measure.loggedDays()),
                        percent(measure.loggedDays(), days)));
            }
        }
        pdf.table(new float[] {0.6f, 0.2f, 0.2f}, List.of(texts.get("report.completeness.measure"),
                texts.get("report.completeness.days"), texts.get("report.completeness.share")), rows);
    }

    private void summary(ReportContent content) throws IOException {
        pdf.heading(texts.get("report.summary.heading"));
        pdf.paragraph(texts.get("report.summary.symptoms"));
        List<List<String>> symptoms = new ArrayList<>();
        for (SymptomSummary symptom : content.symptoms()) {
            symptoms.add(List.of(symptom.measure().name(), String.valueOf(symptom.ratedDays()),
                    String.format(Locale.ROOT, "%.1f", symptom.mean()), trend(symptom.changePer30Days())));
        }
        pdf.table(new float[] {0.45f, 0.15f, 0.15f, 0.25f}, List.of(texts.get("report.summary.symptom"),
                texts.get("report.summary.rated"), texts.get("report.summary.mean"), texts.get("report.summary.trend")),
                symptoms);
        pdf.paragraph(texts.get("report.summary.factors"));
        List<List<String>> factors = new ArrayList<>();
        for (Factor factor : content.insights().factors()) {
            if (factor.loggedDays() > 0) {
                factors.add(List.of(factor.measure().name(), factor.measure().exposureCondition(),
                        String.valueOf(factor.loggedDays()), String.valueOf(factor.exposedDays())));
            }
        }
        pdf.table(new float[] {0.3f, 0.35f, 0.15f, 0.2f}, List.of(texts.get("report.summary.factor"),
                texts.get("report.summary.exposedWhen"), texts.get("report.summary.logged"),
                texts.get("report.summary.exposed")), factors);
    }

    private void burdenChart(InsightsReport insights) throws IOException {
        pdf.heading(texts.get("report.burden.heading"));
        pdf.paragraph(texts.get("report.burden.intro"));
        pdf.need(CHART_HEIGHT + 40);
        pdf.space(12);
        PDPageContentStream page = pdf.page();
        float left = PdfWriter.MARGIN + 24;
        float width = PdfWriter.WIDTH - 24;
        float bottom = pdf.y() - CHART_HEIGHT;
        for (int level = 0; level <= 10; level += 2) {
            float y = bottom + CHART_HEIGHT * level / 10f;
            page.setStrokingColor(0.8f);
            page.setLineWidth(0.3f);
            page.moveTo(left, y);
            page.lineTo(left + width, y);
            page.stroke();
            pdf.text(pdf.regular, 7, PdfWriter.MARGIN + 6, y - 2, String.valueOf(level));
        }
        DailySeries daily = insights.outcomeByDay();
        line(page, Downsampling.line(daily, (int) width), daily.size(), left, bottom, width, 0.6f, 0.55f);
        line(page, Downsampling.line(insights.weeklyMean(), (int) width), daily.size(), left, bottom, width, 0f, 1.8f);
        page.setStrokingColor(0f);
        pdf.space(CHART_HEIGHT + 4);
        pdf.text(pdf.regular, 7, left, pdf.y() - 8, insights.first().toString());
        String last = insights.last().toString();
        pdf.text(pdf.regular, 7, left + width - pdf.width(pdf.regular, 7, last), pdf.y() - 8, last);
        pdf.space(20);
    }

    /** Draws the points as connected runs, breaking the line where days in between were not logged. */
    private static void line(PDPageContentStream page, List<Downsampling.Point> points, int days, float left,
            float bottom, float width, float grey, float lineWidth) throws IOException {
        page.setStrokingColor(grey);
        page.setLineWidth(lineWidth);
        float step = width / Math.max(days - 1, 1);
        int maxGap = Math.max(2, (int) Math.ceil(2.0 * days / width));
        Downsampling.Point previous = null;
        for (Downsampling.Point point : points) {
            float x = left + point.day() * step;
            float y = bottom + (float) point.value() * CHART_HEIGHT / 10;
            if (previous == null || point.day() - previous.day() > maxGap) {
                if (previous != null) {
                    page.stroke();
                }
                page.moveTo(x, y);
            } else {
                page.lineTo(x, y);
            }
            previous = point;
        }
        if (previous != null) {
            page.stroke();
        }
    }

    private void associations(InsightsReport insights, List<ReportContent.Finding> findings) throws IOException {
        pdf.heading(texts.get("report.associations.heading"));
        pdf.paragraph(pdf.bold, 10, texts.get("report.associations.strongest"));
        if (findings.isEmpty()) {
            pdf.paragraph(texts.get("report.associations.noFinding"));
        }
        for (ReportContent.Finding finding : findings) {
            Insights.Estimate deciding = finding.effect().deciding();
            pdf.paragraph(BULLET + texts.format("report.associations.finding", finding.sentence(),
                    finding.factor().name(), finding.outcome(), signed(deciding.difference()), signed(deciding.ciLow()),
                    signed(deciding.ciHigh()), probability(deciding.p()), probability(deciding.q())));
        }
        pdf.paragraph(texts.format("report.associations.intro", texts.get("report.caveat")));
        List<String> lags = List.of(texts.get("report.associations.lag.0"), texts.get("report.associations.lag.1"),
                texts.get("report.associations.lag.2"));
        List<List<String>> rows = new ArrayList<>();
        Map<String, Section> sections = new LinkedHashMap<>();
        for (Effect effect : insights.insights().effects()) {
            if (!effect.enoughData()) {
                continue;
            }
            Factor factor = insights.factor(effect.factorKey()).orElseThrow();
            if (factor.section() != null) {
                sections.putIfAbsent(factor.section().id(), factor.section());
            }
            Insights.Adjusted adjusted = effect.adjusted();
            rows.add(List.of(factor.measure().name(), lags.get(effect.lag()),
                    adjusted.available() ? interval(adjusted.difference(), adjusted.ciLow(), adjusted.ciHigh())
                            : texts.get("report.missing"),
                    interval(effect.difference(), effect.ciLow(), effect.ciHigh()),
                    effect.nExposed() + " / " + effect.nUnexposed(), probability(effect.deciding().p()),
                    probability(effect.q())));
        }
        if (rows.isEmpty()) {
            pdf.paragraph(texts.get("report.associations.notEnoughData"));
            return;
        }
        pdf.table(new float[] {0.18f, 0.1f, 0.2f, 0.2f, 0.12f, 0.1f, 0.1f}, List.of(
                texts.get("report.associations.factor"), texts.get("report.associations.lag"),
                texts.get("report.associations.adjusted"), texts.get("report.associations.raw"),
                texts.get("report.associations.groups"), texts.get("report.associations.p"),
                texts.get("report.associations.q")), rows);
        pdf.paragraph(pdf.bold, 10, texts.get("report.associations.sections"));
        for (Section section : sections.values()) {
            pdf.paragraph(BULLET + section.citation());
        }
    }

    private void trials(List<TrialResult> trials) throws IOException {
        pdf.heading(texts.get("report.trials.heading"));
        if (trials.isEmpty()) {
            pdf.paragraph(texts.get("report.trials.none"));
            return;
        }
        pdf.paragraph(texts.get("report.trials.intro"));
        List<List<String>> rows = new ArrayList<>();
        for (TrialResult result : trials) {
            Trial trial = result.trial();
            rows.add(List.of(texts.format("report.trials.name", trial.name(), trial.describe(key -> key)),
                    phases(trial),
                    result.enoughData()
                            ? texts.format("report.trials.result",
                                    interval(result.difference(), result.ciLow(), result.ciHigh()),
                                    probability(result.p()))
                            : texts.get("report.trials.notEnoughData"),
                    Double.isNaN(result.reintroductionDifference()) ? texts.get("report.missing")
                            : signed(result.reintroductionDifference()),
                    adherence(result)));
        }
        pdf.table(new float[] {0.26f, 0.27f, 0.2f, 0.11f, 0.16f}, List.of(texts.get("report.trials.trial"),
                texts.get("report.trials.phases"), texts.get("report.trials.versusBaseline"),
                texts.get("report.trials.reintroduction"), texts.get("report.trials.adherence")), rows);
    }

    private String phases(Trial trial) {
        String reintroduction = trial.reintroduceUntil() == null ? ""
                : texts.format("report.trials.reintroduction.until", trial.reintroduceUntil().toString());
        return texts.format("report.trials.phaseDates", trial.baselineFrom().toString(), trial.start().toString(),
                trial.end().toString(), reintroduction, trial.outcome().code());
    }

    private String adherence(TrialResult result) {
        if (result.loggedTrialDays() == 0) {
            return texts.get("report.trials.noDayLogged");
        }
        String notLogged = result.notLoggedTrialDays() == 0 ? ""
                : texts.format("report.trials.notLogged", result.notLoggedTrialDays());
        return texts.format("report.trials.kept", result.keptTrialDays(), result.loggedTrialDays(), notLogged);
    }

    private void notes(List<DayEntry> days) throws IOException {
        pdf.heading(texts.get("report.notes.heading"));
        if (days.isEmpty()) {
            pdf.paragraph(texts.get("report.notes.none"));
        }
        for (DayEntry day : days) {
            pdf.paragraph(pdf.bold, 9, day.date().toString());
            pdf.paragraph(day.notes());
        }
    }

    private String date(LocalDate day) {
        return longDate.format(day);
    }

    private String percent(int part, int whole) {
        return whole == 0 ? texts.get("report.missing") : String.format(Locale.ROOT, "%.0f%%", 100.0 * part / whole);
    }

    private String trend(double changePer30Days) {
        if (Double.isNaN(changePer30Days)) {
            return texts.get("report.missing");
        }
        if (Math.abs(changePer30Days) < 0.05) {
            return texts.get("report.summary.steady");
        }
        return texts.format("report.summary.per30Days", String.format(Locale.ROOT, "%+.1f", changePer30Days));
    }

    /** "+1.20 [+0.40, +2.00]": a difference with its 95 % interval. */
    private static String interval(double difference, double low, double high) {
        return signed(difference) + " [" + signed(low) + ", " + signed(high) + "]";
    }

    private static String signed(double value) {
        return String.format(Locale.ROOT, "%+.2f", value);
    }

    private static String probability(double value) {
        return PValueFormat.format(value);
    }
}

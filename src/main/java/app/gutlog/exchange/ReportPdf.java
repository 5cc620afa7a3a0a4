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

    public static final String TITLE = "GutLog practitioner report";
    public static final List<String> SECTIONS = List.of("Data completeness", "Summary", "Symptom burden over time",
            "Associations with risk factors", "Trials", "Notes", "Warning signs logged");
    private static final String CAVEAT = "These are associations in one person's own records, not proof of cause."
            + " Days on which a factor was not logged are left out, never counted as none. A q-value under 0.05"
            + " (Benjamini–Hochberg, across the whole table) is worth a look; a larger one may well be chance.";
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final float CHART_HEIGHT = 190;

    private ReportPdf() {}

    public static void write(ReportContent content, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDDocumentInformation information = document.getDocumentInformation();
            information.setTitle(TITLE);
            information.setCreator("GutLog");
            try (PdfWriter pdf = new PdfWriter(document)) {
                cover(pdf, content);
                redFlags(pdf, content.redFlagDays());
                completeness(pdf, content);
                summary(pdf, content);
                burdenChart(pdf, content.insights());
                associations(pdf, content.insights(), content.findings());
                trials(pdf, content.trials());
                if (content.notesIncluded()) {
                    notes(pdf, content.notes());
                }
            }
            document.save(out);
        }
    }

    private static void cover(PdfWriter pdf, ReportContent content) throws IOException {
        pdf.newPage();
        pdf.space(120);
        pdf.paragraph(pdf.bold, 24, TITLE);
        pdf.space(10);
        if (!content.name().isEmpty()) {
            pdf.paragraph(pdf.bold, 14, content.name());
        }
        pdf.paragraph(pdf.regular, 12, "Days from " + LONG_DATE.format(content.first()) + " to "
                + LONG_DATE.format(content.last()) + " (" + content.insights().daysInRange() + " days, "
                + content.daysLogged() + " of them logged)");
        pdf.paragraph(pdf.regular, 12, "Made on " + LONG_DATE.format(content.made()));
        pdf.space(30);
        pdf.paragraph("This report comes from a personal journal kept with GutLog, in which the person rated their"
                + " symptoms (0 = none, 10 = worst) and logged the habits that two articles on increased intestinal"
                + " permeability (\"leaky gut\") describe as risk factors or supports. It is not a diagnosis. "
                + CAVEAT);
    }

    /**
     * Every day of the range on which a red-flag sign was logged as yes, with its notice; on the cover, so that it is
     * read first. Red flags never count in the burden or the summary table.
     */
    private static void redFlags(PdfWriter pdf, List<RedFlagDay> days) throws IOException {
        pdf.space(20);
        pdf.heading(SECTIONS.get(6));
        if (days.isEmpty()) {
            pdf.paragraph("No warning sign was logged as present in this range. GutLog asks about a few signs that call"
                    + " for prompt medical advice; a sign that was not logged is not evidence that it was absent.");
            return;
        }
        pdf.paragraph("The person logged a sign that calls for prompt medical advice on " + days.size()
                + (days.size() == 1 ? " day" : " days") + " of this range. These signs never count in the symptom"
                + " burden. The notices are GutLog's general guidance, not from the two articles, and not a diagnosis.");
        Map<String, RedFlagNotice> cited = new LinkedHashMap<>();
        for (RedFlagDay day : days) {
            pdf.paragraph(pdf.bold, 10, LONG_DATE.format(day.date()));
            for (RedFlagNotice notice : day.notices()) {
                pdf.paragraph("\u2022 " + notice.text());
                cited.putIfAbsent(notice.measureKey(), notice);
            }
        }
        pdf.paragraph(pdf.bold, 10, "Sources of these notices");
        for (RedFlagNotice notice : cited.values()) {
            pdf.paragraph("\u2022 " + notice.measureName() + ": " + notice.citation());
        }
    }

    private static void completeness(PdfWriter pdf, ReportContent content) throws IOException {
        pdf.newPage();
        pdf.heading(SECTIONS.get(0));
        int days = content.insights().daysInRange();
        pdf.paragraph(content.daysLogged() + " of the " + days + " days in the range have an entry. Measures never"
                + " logged in the range are left out of this table.");
        List<List<String>> rows = new ArrayList<>();
        for (Completeness measure : content.insights().completeness()) {
            if (measure.loggedDays() > 0) {
                rows.add(List.of(measure.measure().name(), String.valueOf(measure.loggedDays()),
                        percent(measure.loggedDays(), days)));
            }
        }
        pdf.table(new float[] {0.6f, 0.2f, 0.2f}, List.of("Measure", "Days logged", "Share of days"), rows);
    }

    private static void summary(PdfWriter pdf, ReportContent content) throws IOException {
        pdf.heading(SECTIONS.get(1));
        pdf.paragraph("Symptoms: the mean rating on the days rated, and the trend as the least-squares change per"
                + " 30 days.");
        List<List<String>> symptoms = new ArrayList<>();
        for (SymptomSummary symptom : content.symptoms()) {
            symptoms.add(List.of(symptom.measure().name(), String.valueOf(symptom.ratedDays()),
                    String.format(Locale.ROOT, "%.1f", symptom.mean()), trend(symptom.changePer30Days())));
        }
        pdf.table(new float[] {0.45f, 0.15f, 0.15f, 0.25f}, List.of("Symptom", "Days rated", "Mean", "Trend"), symptoms);
        pdf.paragraph("Risk factors and supports: on how many of the days each was logged, and on how many of those"
                + " the exposure rule held.");
        List<List<String>> factors = new ArrayList<>();
        for (Factor factor : content.insights().factors()) {
            if (factor.loggedDays() > 0) {
                factors.add(List.of(factor.measure().name(), exposureRule(factor), String.valueOf(factor.loggedDays()),
                        String.valueOf(factor.exposedDays())));
            }
        }
        pdf.table(new float[] {0.3f, 0.35f, 0.15f, 0.2f}, List.of("Factor", "Exposed when", "Days logged",
                "Exposed days"), factors);
    }

    private static void burdenChart(PdfWriter pdf, InsightsReport insights) throws IOException {
        pdf.heading(SECTIONS.get(2));
        pdf.paragraph("The daily symptom burden (the mean of the symptoms rated that day; thin grey line) and its"
                + " 7-day mean (thick black line). Gaps are days without a rating.");
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

    private static void associations(PdfWriter pdf, InsightsReport insights, List<ReportContent.Finding> findings)
            throws IOException {
        pdf.heading(SECTIONS.get(3));
        pdf.paragraph(pdf.bold, 10, "Strongest findings, across the symptom burden and every symptom");
        if (findings.isEmpty()) {
            pdf.paragraph("No factor goes with the burden or any symptom clearly enough in this range (q under 0.05,"
                    + " corrected across every outcome and factor tested).");
        }
        for (ReportContent.Finding finding : findings) {
            Insights.Estimate deciding = finding.effect().deciding();
            pdf.paragraph("• " + finding.sentence() + String.format(Locale.ROOT, " [%s, %s: %+.2f (95%% CI %+.2f to"
                    + " %+.2f), p %s, q %s]", finding.factor().name(), finding.outcome(), deciding.difference(),
                    deciding.ciLow(), deciding.ciHigh(), probability(deciding.p()), probability(deciding.q())));
        }
        pdf.paragraph("The table compares the symptom burden on days after exposure (same day, next day, two days"
                + " later) with days after none. Adjusted: the difference with every other factor and lag held fixed"
                + " (least squares), which decides the q-value; raw: the plain difference in means. Intervals and"
                + " p-values come from shifting the days circularly, so they hold when days run in streaks. Rows with"
                + " fewer than 5 days in either group are left out. " + CAVEAT);
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
            rows.add(List.of(factor.measure().name(), new String[] {"same day", "next day", "2 days"}[effect.lag()],
                    adjusted.available() ? String.format(Locale.ROOT, "%+.2f [%+.2f, %+.2f]", adjusted.difference(),
                            adjusted.ciLow(), adjusted.ciHigh()) : "–",
                    String.format(Locale.ROOT, "%+.2f [%+.2f, %+.2f]", effect.difference(), effect.ciLow(),
                            effect.ciHigh()),
                    effect.nExposed() + " / " + effect.nUnexposed(), probability(effect.deciding().p()),
                    probability(effect.q())));
        }
        if (rows.isEmpty()) {
            pdf.paragraph("Not enough data yet: no factor has 5 days with and 5 days without it in this range.");
            return;
        }
        pdf.table(new float[] {0.18f, 0.1f, 0.2f, 0.2f, 0.12f, 0.1f, 0.1f},
                List.of("Factor", "Lag", "Adjusted [95% CI]", "Raw [95% CI]", "Days with / without", "p", "q"), rows);
        pdf.paragraph(pdf.bold, 10, "Where the articles explain these factors");
        for (Section section : sections.values()) {
            pdf.paragraph("• " + section.citation());
        }
    }

    private static void trials(PdfWriter pdf, List<TrialResult> trials) throws IOException {
        pdf.heading(SECTIONS.get(4));
        if (trials.isEmpty()) {
            pdf.paragraph("No trial (self-experiment) overlaps this range.");
            return;
        }
        pdf.paragraph("Each trial compares the outcome in its trial phase with its baseline phase: the difference in"
                + " means (trial minus baseline) with its 95% bootstrap interval and the Mann–Whitney p-value, and the"
                + " reintroduction phase against the trial. Adherence counts the logged trial days that kept to the"
                + " protocol. One person's trial is an association, not proof of cause.");
        List<List<String>> rows = new ArrayList<>();
        for (TrialResult result : trials) {
            Trial trial = result.trial();
            rows.add(List.of(trial.name() + " (" + trial.describe(key -> key) + ")",
                    "baseline from " + trial.baselineFrom() + "; trial " + trial.start() + " to " + trial.end()
                            + (trial.reintroduceUntil() == null ? "" : "; reintroduction to " + trial.reintroduceUntil())
                            + "; outcome " + trial.outcome().code(),
                    result.enoughData()
                            ? String.format(Locale.ROOT, "%+.2f [%+.2f, %+.2f], p %s", result.difference(),
                                    result.ciLow(), result.ciHigh(), probability(result.p()))
                            : "not enough data",
                    Double.isNaN(result.reintroductionDifference()) ? "–"
                            : String.format(Locale.ROOT, "%+.2f", result.reintroductionDifference()),
                    result.loggedTrialDays() == 0 ? "no day logged"
                            : result.keptTrialDays() + " of " + result.loggedTrialDays() + " days"
                                    + (result.notLoggedTrialDays() == 0 ? ""
                                            : " (" + result.notLoggedTrialDays() + " not logged)")));
        }
        pdf.table(new float[] {0.26f, 0.27f, 0.2f, 0.11f, 0.16f},
                List.of("Trial", "Phases", "Trial vs baseline", "Reintro.", "Adherence"), rows);
    }

    private static void notes(PdfWriter pdf, List<DayEntry> days) throws IOException {
        pdf.heading(SECTIONS.get(5));
        if (days.isEmpty()) {
            pdf.paragraph("No day in the range has notes.");
        }
        for (DayEntry day : days) {
            pdf.paragraph(pdf.bold, 9, day.date().toString());
            pdf.paragraph(day.notes());
        }
    }

    private static String exposureRule(Factor factor) {
        String text = factor.measure().exposureText();
        String prefix = factor.measure().name() + ": ";
        return text.startsWith(prefix) ? text.substring(prefix.length()) : text;
    }

    private static String percent(int part, int whole) {
        return whole == 0 ? "–" : String.format(Locale.ROOT, "%.0f%%", 100.0 * part / whole);
    }

    private static String trend(double changePer30Days) {
        if (Double.isNaN(changePer30Days)) {
            return "–";
        }
        if (Math.abs(changePer30Days) < 0.05) {
            return "steady";
        }
        return String.format(Locale.ROOT, "%+.1f per 30 days", changePer30Days);
    }

    private static String probability(double value) {
        return PValueFormat.format(value);
    }
}

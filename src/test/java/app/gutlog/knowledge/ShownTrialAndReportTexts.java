package app.gutlog.knowledge;

import app.gutlog.app.AppServices;
import app.gutlog.app.ExistingFile;
import app.gutlog.app.ImmediateTaskRunner;
import app.gutlog.app.ReportService.ReportRequest;
import app.gutlog.app.TrialService;
import app.gutlog.cli.GutlogCommand;
import app.gutlog.domain.Outcome;
import app.gutlog.domain.Trial;
import app.gutlog.domain.TrialResult;
import app.gutlog.ui.shared.DialogService;
import app.gutlog.ui.trials.TrialsViewModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import picocli.CommandLine;

/**
 * The texts GutLog shows about trials (on the Trials page, in its dialogs and on the command line) and the
 * practitioner report's text, gathered as a person would see them, for the copy test.
 */
final class ShownTrialAndReportTexts {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);

    private ShownTrialAndReportTexts() {}

    /** A dialog service that keeps what it was asked to show and always goes ahead. */
    private static final class KeptDialogs implements DialogService {
        final List<String> texts = new java.util.ArrayList<>();

        @Override
        public void tell(String id, Kind kind, String header, String text) {
            texts.add(header + " " + text);
        }

        @Override
        public void tellDone(String id, String header, String text, String openLabel, Runnable open) {
            texts.add(header + " " + text + " " + openLabel);
        }

        @Override
        public boolean confirm(String id, String header, String text, String actionLabel) {
            texts.add(header + " " + text + " " + actionLabel);
            return true;
        }

        @Override
        public boolean confirmUndoable(String id, String header, String text, String actionLabel) {
            return confirm(id, header, text, actionLabel);
        }

        @Override
        public <T> Optional<T> choose(String id, String title, String header, String label, List<T> choices) {
            return Optional.empty();
        }

        @Override
        public Optional<String> askText(String id, String title, String header, String label, String actionLabel,
                Predicate<String> acceptable) {
            return Optional.empty();
        }
    }

    static Map<String, String> gather(Path folder) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (Trial.Protocol protocol : Trial.Protocol.values()) {
            texts.put("protocol " + protocol.code(), protocol.label());
        }
        TrialService.beforeCuttingGluten(List.of("gluten")).ifPresent(note -> texts.put("coeliac note", note));
        trialsPage(folder, texts);
        for (String view : List.of("TrialsView.fxml", "TrialDialogView.fxml")) {
            texts.put("view " + view, fxmlTexts("/app/gutlog/ui/trials/" + view));
        }
        commandLine(folder, texts);
        texts.put("practitioner report", report(folder));
        return texts;
    }

    private static Clock clock() {
        return Clock.fixed(TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }

    private static void trialsPage(Path folder, Map<String, String> texts) {
        KeptDialogs dialogs = new KeptDialogs();
        try (AppServices services = AppServices.open(folder.resolve("trials.db"), clock())) {
            TrialsViewModel model = new TrialsViewModel(services.trials(), services.catalog(), services.days(),
                    services.knowledge(), new ImmediateTaskRunner(), dialogs);
            model.refresh();
            texts.put("trials status, empty", model.status().get());
            services.insights().createDemo(120, 3);
            List<Trial> trials = List.of(
                    new Trial(0, "Past", Trial.Protocol.ALCOHOL_FREE, TODAY.minusDays(90), TODAY.minusDays(60),
                            TODAY.minusDays(31), TODAY.minusDays(10), Outcome.BURDEN, List.of("alcohol"), List.of()),
                    new Trial(0, "Running", Trial.Protocol.SLEEP, TODAY.minusDays(40), TODAY.minusDays(3),
                            TODAY.plusDays(20), TODAY.plusDays(30), new Outcome.Symptom("bloating"), List.of(),
                            List.of("sleep_hours")),
                    new Trial(0, "Planned", Trial.Protocol.PALEO, TODAY.minusDays(20), TODAY.plusDays(2),
                            TODAY.plusDays(30), null, Outcome.BURDEN, Trial.Protocol.PALEO.avoids(), List.of()));
            for (Trial trial : trials) {
                model.save(trial, null, () -> { }, problem -> texts.put("problem " + trial.name(), problem));
                TrialResult shown = model.selected().get();
                String where = "trial page of " + trial.name() + ": ";
                texts.put(where + "target", model.target(shown.trial()));
                texts.put(where + "progress", model.progress(shown));
                texts.put(where + "set-up note", model.setUpNote(shown.trial()));
                texts.put(where + "adherence", model.adherence(shown));
                texts.put(where + "result", model.outcomeResult(shown));
                texts.put(where + "reintroduction", model.reintroduction(shown));
            }
            model.save(trials.get(0).withId(1), null, () -> { }, problem -> { });
            model.save(new Trial(0, "", Trial.Protocol.CUSTOM, TODAY, TODAY, TODAY.minusDays(1), TODAY.minusDays(1),
                    new Outcome.Symptom("fever"), List.of("coffee"), List.of()), null, () -> { },
                    problem -> texts.put("trial refused", problem));
            model.save(trials.get(0), 9999, () -> { }, problem -> texts.put("baseline refused", problem));
            model.selected().set(model.trials().stream().filter(r -> r.trial().name().equals("Running")).findFirst()
                    .orElseThrow());
            model.endSelected();
            model.deleteSelected();
        }
        for (int i = 0; i < dialogs.texts.size(); i++) {
            texts.put("trial dialog " + i, dialogs.texts.get(i));
        }
    }

    private static final Pattern ATTRIBUTE = Pattern.compile("(?:text|promptText|headerText|accessibleText)=\"([^\"]*)\"");

    /** The view's texts as shown: its {@code %key}s read from the trials bundle. */
    private static String fxmlTexts(String resource) {
        ResourceBundle bundle = ResourceBundle.getBundle("app.gutlog.ui.trials.texts", Locale.ROOT);
        try (InputStream in = ShownTrialAndReportTexts.class.getResourceAsStream(resource)) {
            Matcher attributes = ATTRIBUTE.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            StringBuilder texts = new StringBuilder();
            while (attributes.find()) {
                String text = attributes.group(1);
                texts.append(text.startsWith("%") ? bundle.getString(text.substring(1)) : text).append(" | ");
            }
            return texts.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void commandLine(Path folder, Map<String, String> texts) {
        String journal = folder.resolve("cli.db").toString();
        List<List<String>> runs = List.of(
                List.of("trials", "--help"), List.of("trials", "add", "--help"), List.of("trials", "edit", "--help"),
                List.of("trials", "end", "--help"), List.of("trials", "delete", "--help"), List.of("trials"),
                List.of("trials", "add", "--name", "x", "--protocol", "gluten-free", "--baseline-from", "2026-01-01",
                        "--start", "2026-02-01", "--end", "2026-03-01"),
                List.of("trials", "add", "--name", "x", "--protocol", "fasting", "--baseline-from", "2026-01-01",
                        "--start", "2026-02-01", "--end", "2026-03-01"),
                List.of("trials", "delete", "1"), List.of("trials", "edit", "1"), List.of("trials", "end", "7"));
        for (List<String> run : runs) {
            StringWriter out = new StringWriter();
            CommandLine commandLine = GutlogCommand.commandLine(file -> { });
            commandLine.setOut(new PrintWriter(out, true));
            commandLine.setErr(new PrintWriter(out, true));
            List<String> args = new java.util.ArrayList<>(List.of("--db", journal));
            args.addAll(run);
            commandLine.execute(args.toArray(String[]::new));
            texts.put("gutlog " + String.join(" ", run), out.toString());
        }
    }

    private static String report(Path folder) {
        Path pdf = folder.resolve("report.pdf");
        try (AppServices services = AppServices.open(folder.resolve("trials.db"), clock())) {
            services.reports().writeReport(pdf, ExistingFile.REPLACE,
                    new ReportRequest(TODAY.minusDays(89), TODAY, "Alex Example", true));
        }
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package app.gutlog.store;

import app.gutlog.app.AppServices;
import app.gutlog.app.ImportService.ImportOptions;
import app.gutlog.app.ImportService.OnExisting;
import app.gutlog.domain.DayEntry;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A second GutLog process for the tests that need one. {@code hold DB}: opens the journal, says "open" and keeps it
 * open until its input closes. {@code save DB}: saves whole days one after another, printing each date once the
 * save has returned. {@code import DB CSV}: says "importing" and imports the file.
 */
public final class ChildJournal {

    /** The measures every saved day holds, so that a half-saved day would show. */
    public static final List<String> MEASURES = List.of("bloating", "gas", "abdominal_pain", "fatigue", "brain_fog",
            "anxiety", "sugar", "gluten", "dairy", "alcohol", "nsaid", "sleep_hours", "stress", "probiotic", "zinc");
    public static final LocalDate FIRST = LocalDate.of(2020, 1, 1);

    private ChildJournal() {}

    public static DayEntry day(int index) {
        Map<String, Double> values = new HashMap<>();
        for (String key : MEASURES) {
            values.put(key, (double) (index % 5));
        }
        return new DayEntry(FIRST.plusDays(index), values, "day " + index);
    }

    public static void main(String[] args) throws IOException {
        Path journal = Path.of(args[1]);
        try (AppServices services = AppServices.open(journal)) {
            switch (args[0]) {
                case "hold" -> {
                    System.out.println("open");
                    System.out.flush();
                    System.in.readAllBytes();
                }
                case "save" -> {
                    for (int i = 0; ; i++) {
                        services.days().save(day(i));
                        System.out.println(day(i).date());
                        System.out.flush();
                    }
                }
                case "import" -> {
                    System.out.println("importing");
                    System.out.flush();
                    services.imports().importCsv(Path.of(args[2]), new ImportOptions(OnExisting.OVERWRITE, false));
                    System.out.println("imported");
                    System.out.flush();
                }
                default -> throw new IllegalArgumentException(args[0]);
            }
        }
    }

    /** Starts this class in a new JVM with the test class path. */
    public static Process start(String... args) throws IOException {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path")));
        // SQLite's library from the build's folder: a killed child would leave its copy in the temp folder behind
        String sqliteLibrary = System.getProperty("org.sqlite.lib.path");
        if (sqliteLibrary != null) {
            command.add("-Dorg.sqlite.lib.path=" + sqliteLibrary);
        }
        command.add(ChildJournal.class.getName());
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }
}

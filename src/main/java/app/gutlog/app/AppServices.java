package app.gutlog.app;

import app.gutlog.domain.KnowledgeBase;
import app.gutlog.knowledge.KnowledgeLoader;
import app.gutlog.store.Backups;
import app.gutlog.store.Database;
import app.gutlog.store.Journals;
import app.gutlog.store.DayRepository;
import app.gutlog.store.ImportRepository;
import app.gutlog.store.JournalFiles;
import app.gutlog.store.MeasureRepository;
import app.gutlog.store.TrialRepository;
import java.nio.file.Path;
import java.time.Clock;

/** The use cases of one open journal, shared by the desktop app and the command line. */
public final class AppServices implements AutoCloseable {

    private final Database database;
    private final CatalogService catalog;
    private final DayService days;
    private final InsightsService insights;
    private final OutputFiles outputs;
    private final ExportService exports;
    private final ImportService imports;
    private final ReportService reports;
    private final BackupService backups;
    private final TrialService trials;

    private AppServices(Database database, Clock clock) {
        this.database = database;
        MeasureRepository measures = new MeasureRepository(database);
        this.catalog = new CatalogService(measures);
        DayRepository dayRepository = new DayRepository(database);
        this.days = new DayService(dayRepository, measures, clock);
        this.insights = new InsightsService(dayRepository, measures, KnowledgeLoader::builtIn, clock);
        this.backups = new BackupService(new Backups(database, clock));
        TrialRepository trialRepository = new TrialRepository(database);
        this.trials = new TrialService(trialRepository, dayRepository, measures, insights, clock);
        this.outputs = new OutputFiles(database.file());
        this.exports = new ExportService(dayRepository, measures, trialRepository, KnowledgeLoader::builtIn, outputs,
                clock);
        this.imports = new ImportService(dayRepository, measures, new ImportRepository(database), clock);
        this.reports = new ReportService(dayRepository, measures, insights, trials, outputs, clock);
    }

    /** Opens the journal at {@code file}, creating and migrating it as needed. This touches the disk. */
    public static AppServices open(Path file) {
        return open(file, Clock.systemDefaultZone());
    }

    /** As {@link #open(Path)}, with the clock that says which day is today. */
    public static AppServices open(Path file, Clock clock) {
        AppServices services = new AppServices(Journals.open(file), clock);
        services.backups.dailyIfDue(!services.days.summary().isEmpty());
        services.outputs.cleanUpLeftovers();
        return services;
    }

    /** The demo journal lives beside the person's journal, in a file of its own. */
    public static final String DEMO_FILE_NAME = JournalFiles.DEMO_FILE_NAME;

    /** How many days the demo journal has, and the seed it is generated from. */
    public static final int DEMO_DAYS = 400;
    public static final long DEMO_SEED = 4;

    /**
     * Opens the demo journal at {@code file}, filling it with made-up days first when it is new. It is a separate
     * file, so that demo data never mixes with the person's own journal.
     */
    public static AppServices openDemo(Path file) {
        AppServices services = open(file);
        try {
            if (services.days().summary().isEmpty()) {
                services.insights().createDemo(DEMO_DAYS, DEMO_SEED);
            }
            return services;
        } catch (RuntimeException e) {
            services.close();
            throw e;
        }
    }

    public Path databaseFile() {
        return database.file();
    }

    /** Changes whenever anything is saved to the journal (see {@link app.gutlog.store.Database#revision()}). */
    public long journalRevision() {
        return database.revision();
    }

    /**
     * Calls {@code listener} after every change this process saves to the journal, from any service, on the thread
     * that saved it. No other process can write meanwhile: the journal is locked while it is open.
     */
    public void onJournalChanged(Runnable listener) {
        database.onCommit(listener);
    }

    /** Whether the journal is open only to read: its owner made the file read-only, and nothing can be saved. */
    public boolean readOnly() {
        return database.isReadOnly();
    }

    public CatalogService catalog() {
        return catalog;
    }

    public DayService days() {
        return days;
    }

    public TrialService trials() {
        return trials;
    }

    public BackupService backups() {
        return backups;
    }

    public ExportService exports() {
        return exports;
    }

    public ImportService imports() {
        return imports;
    }

    public ReportService reports() {
        return reports;
    }

    public InsightsService insights() {
        return insights;
    }

    /** The source articles' sections and the links from measures to them. */
    public KnowledgeBase knowledge() {
        return KnowledgeLoader.builtIn();
    }

    @Override
    public void close() {
        database.close();
    }
}

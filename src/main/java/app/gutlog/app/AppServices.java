package app.gutlog.app;

import app.gutlog.store.Database;
import app.gutlog.store.DayRepository;
import app.gutlog.store.MeasureRepository;
import java.nio.file.Path;

/** The use cases of one open journal, shared by the desktop app and the command line. */
public final class AppServices implements AutoCloseable {

    private final Database database;
    private final CatalogService catalog;
    private final JournalService journal;

    private AppServices(Database database) {
        this.database = database;
        this.catalog = new CatalogService(new MeasureRepository(database));
        this.journal = new JournalService(new DayRepository(database));
    }

    /** Opens the journal at {@code file}, creating and migrating it as needed. This touches the disk. */
    public static AppServices open(Path file) {
        return new AppServices(Database.open(file));
    }

    public Path databaseFile() {
        return database.file();
    }

    public CatalogService catalog() {
        return catalog;
    }

    public JournalService journal() {
        return journal;
    }

    @Override
    public void close() {
        database.close();
    }
}

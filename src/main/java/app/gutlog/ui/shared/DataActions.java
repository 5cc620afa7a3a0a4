package app.gutlog.ui.shared;

/** What the window can do with the journal file as a whole, from its File menu and from the settings. */
public interface DataActions {

    /** Offers a CSV file's days for import, with a preview first. */
    void importCsv();

    void backUpNow();

    void restoreFromBackup();

    void deleteAllData();
}

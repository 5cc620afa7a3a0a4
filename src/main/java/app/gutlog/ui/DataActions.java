package app.gutlog.ui;

/** What the window can do with the journal file as a whole, from its File menu and from the settings. */
public interface DataActions {

    void backUpNow();

    void restoreFromBackup();

    void deleteAllData();
}

package app.gutlog.ui.shell;

import app.gutlog.ui.shared.DataActions;

/** The File menu's actions on the journal as a whole, for the pages that offer them too. */
record ShellDataActions(DataSafetyFlows safety, ExchangeFlows exchange) implements DataActions {

    @Override
    public void importCsv() {
        exchange.importCsv();
    }

    @Override
    public void backUpNow() {
        safety.backUpNow();
    }

    @Override
    public void restoreFromBackup() {
        safety.restoreFromBackup();
    }

    @Override
    public void deleteAllData() {
        safety.deleteAllData();
    }
}

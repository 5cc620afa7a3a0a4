package app.gutlog.ui.exchange;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The last folder, kept in memory, and the addresses the exchange dialogs asked to open. */
final class KeptFolder implements ExchangeFiles.RecentFolder {

    final List<String> opened = new ArrayList<>();
    private Path folder;

    ExchangeFiles files() {
        return new ExchangeFiles(this, opened::add);
    }

    @Override
    public Optional<Path> lastFolder() {
        return Optional.ofNullable(folder);
    }

    @Override
    public void rememberFolder(Path folder) {
        this.folder = folder;
    }
}

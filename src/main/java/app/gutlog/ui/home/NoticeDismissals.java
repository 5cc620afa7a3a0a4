package app.gutlog.ui.home;

import java.time.LocalDate;
import java.util.Optional;

/** Remembers when the person last dismissed the "see a professional" notice. */
public interface NoticeDismissals {

    Optional<LocalDate> lastDismissed();

    void dismissed(LocalDate day);
}

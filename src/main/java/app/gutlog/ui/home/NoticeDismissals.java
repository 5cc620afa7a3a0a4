package app.gutlog.ui.home;

import java.time.LocalDate;
import java.util.Optional;

/** Remembers when the person last dismissed each of the home page's notices. */
public interface NoticeDismissals {

    /** The home page's dismissible notices; the key names each in the settings. */
    enum Notice {
        SEE_A_PROFESSIONAL("helpNotice"),
        LOG_YESTERDAY("logYesterdayNotice");

        private final String key;

        Notice(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    Optional<LocalDate> lastDismissed(Notice notice);

    void dismissed(Notice notice, LocalDate day);
}

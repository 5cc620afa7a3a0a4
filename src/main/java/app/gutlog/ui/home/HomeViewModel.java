package app.gutlog.ui.home;

import app.gutlog.app.CatalogService;
import app.gutlog.app.DayService;
import app.gutlog.app.TaskRunner;
import app.gutlog.domain.DayOverview;
import app.gutlog.domain.Guidance;
import app.gutlog.domain.JournalSummary;
import app.gutlog.domain.Measure;
import app.gutlog.domain.MeasureGroup;
import app.gutlog.domain.PersistentBurden;
import app.gutlog.domain.RedFlag;
import app.gutlog.domain.Safety;
import app.gutlog.text.Texts;
import app.gutlog.ui.home.NoticeDismissals.Notice;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The home page: a welcome for an empty journal, otherwise an overview of what has been logged. */
public final class HomeViewModel {

    private final DayService days;
    private final CatalogService catalog;
    private final TaskRunner tasks;
    private final Path journalFile;
    private final ReadOnlyObjectWrapper<JournalSummary> summary = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper tracked = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper loadError = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<PersistentBurden> notice = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper yesterdayMissing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper todayLogged = new ReadOnlyBooleanWrapper();
    private final ObservableList<WeekDay> week = FXCollections.observableArrayList();
    static final int WEEK_DAYS = 7;
    private final NoticeDismissals dismissals;
    private final Safety safety;
    // Held in fields: a binding that nothing holds on to may be collected, and then it stops updating.
    private final BooleanBinding journalEmpty =
            Bindings.createBooleanBinding(() -> summary.get() != null && summary.get().isEmpty(), summary);
    private final BooleanBinding hasEntries =
            Bindings.createBooleanBinding(() -> summary.get() != null && !summary.get().isEmpty(), summary);
    private final StringBinding overview = Bindings.createStringBinding(() -> overviewOf(summary.get()), summary);

    /** The notice comes back this many days after it was dismissed, if the pattern is still there. */
    static final int NOTICE_QUIET_DAYS = 14;

    public HomeViewModel(DayService days, CatalogService catalog, TaskRunner tasks, Path journalFile,
            NoticeDismissals dismissals) {
        this(days, catalog, tasks, journalFile, dismissals, Safety.none());
    }

    /** {@code safety} gives the help line: the signs that need prompt medical advice, with their sources. */
    public HomeViewModel(DayService days, CatalogService catalog, TaskRunner tasks, Path journalFile,
            NoticeDismissals dismissals, Safety safety) {
        this.days = days;
        this.catalog = catalog;
        this.tasks = tasks;
        this.journalFile = journalFile;
        this.dismissals = dismissals;
        this.safety = safety;
    }

    /** The page's texts, for its static parts and its week's days as well. */
    private static Texts texts() {
        return Texts.of(HomeViewModel.class);
    }

    /** The help line's guidance: what the signs that need prompt medical advice are, and what to do. */
    public Optional<Guidance> redFlagGuidance() {
        return Optional.ofNullable(safety.redFlagGuidance());
    }

    /** The signs, each with its sources. */
    public List<RedFlag> redFlags() {
        return safety.redFlags();
    }

    /** Reloads the overview off the UI thread. */
    public void refresh() {
        tasks.run(texts().get("home.progress.reading"),
                progress -> new Loaded(days.summary(), catalog.allMeasures(), days.persistentSymptoms(),
                        days.overviews(days.today().minusDays(WEEK_DAYS - 1), days.today())),
                loaded -> {
                    loadError.set("");
                    week.setAll(weekOf(loaded.week()));
                    tracked.set(describeTracked(loaded.measures()));
                    summary.set(loaded.summary());
                    boolean quiet = dismissals.lastDismissed(Notice.SEE_A_PROFESSIONAL)
                            .filter(day -> !day.plusDays(NOTICE_QUIET_DAYS).isBefore(days.today()))
                            .isPresent();
                    notice.set(quiet ? null : loaded.notice().orElse(null));
                    boolean yesterdayDismissed = dismissals.lastDismissed(Notice.LOG_YESTERDAY)
                            .filter(days.today()::equals).isPresent();
                    boolean yesterdayLogged = loaded.week().stream().anyMatch(day -> day.date().equals(yesterday()));
                    todayLogged.set(loaded.week().stream().anyMatch(day -> day.date().equals(days.today())));
                    yesterdayMissing.set(!loaded.summary().isEmpty() && !yesterdayLogged && !yesterdayDismissed);
                },
                error -> loadError.set(error.getMessage()));
    }

    private record Loaded(JournalSummary summary, List<Measure> measures, Optional<PersistentBurden> notice,
            List<DayOverview> week) {}

    /** The last {@value #WEEK_DAYS} days, oldest first, each with what was logged on it, if anything. */
    private List<WeekDay> weekOf(List<DayOverview> logged) {
        Map<LocalDate, DayOverview> byDate = logged.stream()
                .collect(Collectors.toMap(DayOverview::date, day -> day));
        LocalDate today = days.today();
        return IntStream.range(0, WEEK_DAYS)
                .mapToObj(back -> today.minusDays(WEEK_DAYS - 1 - back))
                .map(date -> new WeekDay(date, Optional.ofNullable(byDate.get(date))))
                .toList();
    }

    /** One of the last seven days on the home page. */
    public record WeekDay(LocalDate date, Optional<DayOverview> logged) {

        /** "Mon", in the person's language. */
        public String weekday() {
            return date.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.getDefault());
        }

        /** The day's symptom burden, "logged" when no symptom was rated, or "not logged". */
        public String state() {
            return logged.map(day -> day.burden().isPresent()
                    ? String.format(Locale.ROOT, "%.1f", day.burden().getAsDouble()) : texts().get("home.week.logged"))
                    .orElseGet(() -> texts().get("home.week.notLogged"));
        }
    }

    /** The last seven days, oldest first, for the returning person's glance. */
    public ObservableList<WeekDay> week() {
        return week;
    }

    /** Whether today is logged already, so that the main button opens it rather than offers to log it. */
    public ReadOnlyBooleanProperty todayLogged() {
        return todayLogged.getReadOnlyProperty();
    }

    /** The calm "consider seeing a professional" notice, or null when there is nothing to say. */
    public ReadOnlyObjectProperty<PersistentBurden> notice() {
        return notice.getReadOnlyProperty();
    }

    public String noticeThresholds() {
        return PersistentBurden.thresholds();
    }

    public void dismissNotice() {
        dismissals.dismissed(Notice.SEE_A_PROFESSIONAL, days.today());
        notice.set(null);
    }

    /** True when the journal has days but none for yesterday, and the person has not said "not now" today. */
    public ReadOnlyBooleanProperty yesterdayMissing() {
        return yesterdayMissing.getReadOnlyProperty();
    }

    public LocalDate yesterday() {
        return days.today().minusDays(1);
    }

    /** "Log yesterday? Nothing is logged for Monday 23 November 2026." */
    public String yesterdayPrompt() {
        return texts().format("home.yesterday.text", texts().dates(FormatStyle.FULL).format(yesterday()));
    }

    public void notNowForYesterday() {
        dismissals.dismissed(Notice.LOG_YESTERDAY, days.today());
        yesterdayMissing.set(false);
    }

    public ReadOnlyObjectProperty<JournalSummary> summary() {
        return summary.getReadOnlyProperty();
    }

    public BooleanBinding journalEmpty() {
        return journalEmpty;
    }

    public BooleanBinding hasEntries() {
        return hasEntries;
    }

    public StringBinding overview() {
        return overview;
    }

    private static String overviewOf(JournalSummary current) {
        if (current == null || current.isEmpty()) {
            return "";
        }
        DateTimeFormatter day = texts().dates(FormatStyle.LONG);
        return texts().format("home.overview", current.daysLogged(), day.format(current.firstDay()),
                day.format(current.lastDay()));
    }

    /** "Symptoms (15), Diet (8), …": what the form asks about, group by group. */
    public ReadOnlyStringProperty tracked() {
        return tracked.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty loadError() {
        return loadError.getReadOnlyProperty();
    }

    public LocalDate today() {
        return days.today();
    }

    public String storageText() {
        return texts().format("home.storage", journalFile);
    }

    /** The warning signs (red flags) are counted apart, after the symptoms they are logged with. */
    static String describeTracked(List<Measure> measures) {
        Map<MeasureGroup, Long> perGroup = measures.stream()
                .filter(measure -> !measure.archived() && !measure.redFlag())
                .collect(Collectors.groupingBy(Measure::group, () -> new EnumMap<>(MeasureGroup.class),
                        Collectors.counting()));
        long redFlags = measures.stream().filter(measure -> !measure.archived() && measure.redFlag()).count();
        List<String> parts = new java.util.ArrayList<>();
        perGroup.forEach((group, count) -> {
            parts.add(texts().format("home.tracked.group", group.label(), count));
            if (group == MeasureGroup.SYMPTOMS && redFlags > 0) {
                parts.add(texts().format("home.tracked.warningSigns", redFlags));
            }
        });
        if (redFlags > 0 && !perGroup.containsKey(MeasureGroup.SYMPTOMS)) {
            parts.addFirst(texts().format("home.tracked.warningSigns", redFlags));
        }
        return texts().list(parts);
    }
}

package app.gutlog.ui.history;

import app.gutlog.app.DayService;
import app.gutlog.app.LatestOnly;
import app.gutlog.app.TaskRunner;
import app.gutlog.domain.DayOverview;
import app.gutlog.text.Texts;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** A month of the journal: a calendar of logged days and gaps, and the list of logged days with their burden. */
public final class HistoryViewModel {

    static final int WEEKS_SHOWN = 6;

    private final DayService days;
    private final LatestOnly reads;
    private final ReadOnlyObjectWrapper<YearMonth> month = new ReadOnlyObjectWrapper<>(this, "month");
    private final ObservableList<DayOverview> loggedDays = FXCollections.observableArrayList();
    private final ObservableList<CalendarDay> calendar = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final LatestOnly searches;
    private final StringProperty searchText = new SimpleStringProperty(this, "searchText", "");
    private final ReadOnlyBooleanWrapper searching = new ReadOnlyBooleanWrapper(this, "searching");
    private final ObservableList<DayOverview> found = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper searchSummary = new ReadOnlyStringWrapper(this, "searchSummary", "");
    private List<String> searchWords = List.of();

    public HistoryViewModel(DayService days, TaskRunner tasks) {
        this.days = days;
        this.reads = new LatestOnly(tasks);
        this.searches = new LatestOnly(tasks);
        searchText.addListener((observable, old, now) -> search());
    }

    /** The words typed in the search field; the days whose notes hold them all are found as they are typed. */
    public StringProperty searchText() {
        return searchText;
    }

    /** Whether a search is typed, so that the list shows the days found rather than the month's days. */
    public ReadOnlyBooleanProperty searching() {
        return searching.getReadOnlyProperty();
    }

    /** The days whose notes contain every word searched for, newest first. */
    public ObservableList<DayOverview> found() {
        return found;
    }

    /** How many days the search found, or why it found none. */
    public ReadOnlyStringProperty searchSummary() {
        return searchSummary.getReadOnlyProperty();
    }

    /** The words of the search the list shows, to highlight in the notes. */
    public List<String> searchWords() {
        return searchWords;
    }

    private void search() {
        String query = searchText.get();
        List<String> words = DayService.searchWords(query);
        if (words.isEmpty()) {
            searches.forget();
            searchWords = List.of();
            found.clear();
            searchSummary.set("");
            searching.set(false);
            return;
        }
        searching.set(true);
        searches.run(texts().get("history.search.progress"), progress -> days.searchNotes(query), matching -> {
            searchWords = words;
            found.setAll(matching);
            searchSummary.set(matching.isEmpty() ? texts().format("history.search.none", quoted(words))
                    : matching.size() == DayService.MOST_FOUND
                            ? texts().format("history.search.found.newest", matching.size(), quoted(words),
                                    DayService.MOST_FOUND)
                            : texts().format("history.search.found", matching.size(), quoted(words)));
        }, error -> searchSummary.set(texts().format("history.search.failed", error.getMessage())));
    }

    /** The words, each in quotation marks: “red” and “wine”. */
    private static String quoted(List<String> words) {
        return words.stream().map(word -> texts().format("history.search.word", word))
                .reduce((before, word) -> texts().format("history.search.words", before, word)).orElse("");
    }

    /** Shows {@code shown}; when months are asked for quickly one after another, the last one asked for is shown. */
    public void showMonth(YearMonth shown) {
        String reading = texts().format("history.month.reading", shown.toString());
        reads.run(reading, progress -> days.month(shown), overview -> {
            month.set(shown);
            title.set(texts().dates("history.month.title").format(shown));
            loggedDays.setAll(overview);
            calendar.setAll(calendarOf(shown, overview, days.today()));
            summary.set(summaryOf(shown, overview));
        }, error -> summary.set(texts().format("history.month.failed", shown.toString(), error.getMessage())));
    }

    /** Shows the current month again, re-read from the journal. */
    public void refresh() {
        showMonth(month.get() == null ? YearMonth.from(days.today()) : month.get());
        if (searching.get()) {
            search();
        }
    }

    public void previousMonth() {
        showMonth(month.get().minusMonths(1));
    }

    public void nextMonth() {
        showMonth(month.get().plusMonths(1));
    }

    public void thisMonth() {
        showMonth(YearMonth.from(days.today()));
    }

    /** Six weeks, Monday first, covering the whole month; days after {@code today} are still to come, not gaps. */
    static List<CalendarDay> calendarOf(YearMonth shown, List<DayOverview> overview, LocalDate today) {
        Map<LocalDate, DayOverview> byDate = overview.stream().collect(Collectors.toMap(DayOverview::date, Function.identity()));
        LocalDate first = shown.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<CalendarDay> cells = new ArrayList<>(WEEKS_SHOWN * 7);
        for (int i = 0; i < WEEKS_SHOWN * 7; i++) {
            LocalDate date = first.plusDays(i);
            cells.add(new CalendarDay(date, YearMonth.from(date).equals(shown), date.isAfter(today),
                    Optional.ofNullable(byDate.get(date))));
        }
        return cells;
    }

    private String summaryOf(YearMonth shown, List<DayOverview> overview) {
        LocalDate today = days.today();
        int daysSoFar = shown.isAfter(YearMonth.from(today)) ? 0
                : shown.equals(YearMonth.from(today)) ? today.getDayOfMonth() : shown.lengthOfMonth();
        if (overview.isEmpty()) {
            return texts().get(daysSoFar == 0 ? "history.summary.notStarted" : "history.summary.nothing");
        }
        return texts().format(overview.size() < daysSoFar ? "history.summary.gaps" : "history.summary.complete",
                overview.size(), daysSoFar);
    }

    static String formatBurden(double burden) {
        return String.format(Locale.ROOT, "%.1f", burden);
    }

    /** "burden 4.2 · 17 measures", then the first line of the notes on a line of its own, for the list of days. */
    public static String describe(DayOverview day) {
        StringBuilder text = new StringBuilder();
        String burden = day.burden().isPresent()
                ? texts().format("history.day.burden", formatBurden(day.burden().getAsDouble()))
                : texts().get("history.day.noBurden");
        text.append(texts().format("history.day.measures", burden, day.measuresLogged()));
        if (day.notes() != null) {
            String firstLine = day.notes().strip().lines().findFirst().orElse("");
            text.append('\n').append(firstLine.length() > 50 ? firstLine.substring(0, 49) + "…" : firstLine);
        }
        return text.toString();
    }

    private static Texts texts() {
        return Texts.of(HistoryViewModel.class);
    }

    public ReadOnlyObjectProperty<YearMonth> month() {
        return month.getReadOnlyProperty();
    }

    public ObservableList<DayOverview> loggedDays() {
        return loggedDays;
    }

    public ObservableList<CalendarDay> calendar() {
        return calendar;
    }

    public ReadOnlyStringProperty title() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summary() {
        return summary.getReadOnlyProperty();
    }

    public LocalDate today() {
        return days.today();
    }
}

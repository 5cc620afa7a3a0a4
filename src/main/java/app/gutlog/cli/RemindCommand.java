package app.gutlog.cli;

import app.gutlog.app.AppServices;
import app.gutlog.app.reminder.Notifier;
import app.gutlog.app.reminder.ReminderException;
import app.gutlog.app.reminder.ReminderPlatform;
import app.gutlog.app.reminder.ReminderService;
import app.gutlog.app.reminder.ResidentReminder;
import app.gutlog.text.Texts;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code gutlog remind}: the daily reminder, shown as a desktop notification when today is not logged yet. */
@Command(name = "remind", mixinStandardHelpOptions = true)
final class RemindCommand implements Runnable {

    @ParentCommand
    GutlogCommand gutlog;

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true)
    Mode mode = new Mode();

    private final Texts texts = Texts.of(RemindCommand.class);

    static final class Mode {
        @Option(names = "--on", paramLabel = "HH:MM", descriptionKey = "cli.help.remind.on")
        String on;

        @Option(names = "--off", descriptionKey = "cli.help.remind.off")
        boolean off;

        @Option(names = "--status", descriptionKey = "cli.help.remind.status")
        boolean status;

        @Option(names = "--resident", descriptionKey = "cli.help.remind.resident")
        boolean resident;
    }

    @Override
    public void run() {
        ReminderPlatform platform = gutlog.reminderPlatform();
        ReminderService reminders = platform.service(gutlog.journalFile());
        PrintWriter out = spec.commandLine().getOut();
        if (mode.on != null) {
            LocalTime at = parseTime(mode.on);
            ReminderService.Mechanism mechanism = reminders.enable(at);
            out.println(texts.format("cli.remind.on", at, describe(mechanism),
                    texts.list(reminders.files(mechanism).stream().map(Object::toString).toList())));
        } else if (mode.off) {
            reminders.disable();
            out.println(texts.get("cli.remind.off"));
        } else if (mode.status) {
            out.println(reminders.current().map(at -> texts.format("cli.remind.status.on", at))
                    .orElse(texts.get("cli.remind.status.off")));
        } else if (mode.resident) {
            runResident(platform, reminders, out);
        } else {
            remindIfNotLogged(platform, reminders, out);
        }
        out.flush();
    }

    private void runResident(ReminderPlatform platform, ReminderService reminders, PrintWriter out) {
        try {
            boolean ran = new ResidentReminder(reminders, platform.clock(), ResidentReminder::sleep)
                    .run(() -> remindIfNotLogged(platform, reminders, out));
            if (!ran) {
                out.println(texts.get("cli.remind.nothingToWaitFor"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void remindIfNotLogged(ReminderPlatform platform, ReminderService reminders, PrintWriter out) {
        LocalDate today = LocalDate.now(platform.clock());
        boolean logged;
        try (AppServices services = AppServices.open(gutlog.journalFile(), platform.clock())) {
            logged = services.days().load(today).isPresent();
        }
        if (logged) {
            out.println(texts.format("cli.remind.logged", today));
            return;
        }
        String day = today.format(texts.dates(FormatStyle.FULL));
        Notifier.Outcome outcome = platform.notifier().show(texts.get("cli.remind.notification.title"),
                texts.format("cli.remind.notification.text", day));
        out.println(texts.format("cli.remind.reminded", today));
        if (outcome == Notifier.Outcome.OPENED) {
            try {
                platform.runner().start(reminders.command("--check-in"));
            } catch (IOException e) {
                throw new ReminderException(texts.format("cli.remind.openFailed", e.getMessage()), e);
            }
            out.println(texts.get("cli.remind.opening"));
        }
        out.flush();
    }

    private LocalTime parseTime(String text) {
        try {
            return LocalTime.parse(text.strip().length() == 4 ? "0" + text.strip() : text.strip(),
                    DateTimeFormatter.ofPattern("HH:mm"));
        } catch (DateTimeParseException e) {
            throw new ParameterException(spec.commandLine(), texts.format("cli.remind.time", text));
        }
    }

    private String describe(ReminderService.Mechanism mechanism) {
        return mechanism == ReminderService.Mechanism.SYSTEMD_TIMER ? texts.get("cli.remind.systemdTimer")
                : texts.get("cli.remind.autostart");
    }
}

package app.gutlog.text;

import static org.assertj.core.api.Assertions.assertThat;

import app.gutlog.cli.GutlogCommand;
import app.gutlog.text.fixture.TextsFixture;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The UI's text lives in one bundle per feature, and that of the domain, the store, the services, the exchange
 * formats and the command line each in a bundle of its own: no FXML view and no command holds text of its own, every
 * key a view or its code asks for is in its package's bundle, every key there is asked for, and the pseudo-locale
 * lengthens and marks it all.
 */
class TextsTest {

    private static final Path UI_RESOURCES = Path.of("src/main/resources/app/gutlog/ui");
    private static final Path UI_SOURCES = Path.of("src/main/java/app/gutlog/ui");
    private static final Path SOURCES = Path.of("src/main/java/app/gutlog");
    private static final Path RESOURCES = Path.of("src/main/resources/app/gutlog");
    private static final Path CLI_SOURCES = SOURCES.resolve("cli");
    private static final Path CLI_BUNDLE = RESOURCES.resolve("cli/texts.properties");
    /** The packages outside the UI whose code reads a bundle of its own, the command line's aside. */
    private static final List<String> CODE_PACKAGES = List.of("text", "domain", "store", "exchange", "app", "app/reminder");
    private static final Pattern TEXT_ATTRIBUTE =
            Pattern.compile("\\b(text|promptText|title|accessibleText|headerText|contentText)=\"([^\"]*)\"");
    private static final Pattern FXML_KEY = Pattern.compile("=\"%([^\"]+)\"");
    private static final Pattern CODE_KEY = Pattern.compile(
            "(?:\\b(?:texts\\(\\)|texts)\\.(?:get|format|dates)\\(|\\bdescriptionKey\\s*=\\s*)\"([^\"]+)\"");
    /** A section of a command's help, which picocli looks up under the command's full name: gutlog.log.usage.… */
    private static final Pattern USAGE_KEY = Pattern.compile("(.+)\\.usage\\.\\w+(?:\\.\\d+)?");
    /** The parts of every command's help that picocli writes itself, and the options of its help command. */
    private static final Set<String> PICOCLI_KEYS = Set.of("usage.synopsisHeading", "usage.commandListHeading", "help",
            "version", "helpCommand.help", "helpCommand.command");
    private static final Pattern HELP_ATTRIBUTE =
            Pattern.compile("\\b(description|header|footer|exitCodeListHeading|exitCodeList)\\s*=(?!=)");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d");

    @Test
    void noViewHoldsTextOfItsOwn() throws IOException {
        List<String> literal = new ArrayList<>();
        for (Path view : files(UI_RESOURCES, ".fxml")) {
            Matcher attribute = TEXT_ATTRIBUTE.matcher(Files.readString(view));
            while (attribute.find()) {
                String value = attribute.group(2);
                if (!value.isBlank() && !value.startsWith("%") && !value.startsWith("$")) { // blank: a gap, no words
                    literal.add(view.getFileName() + ": " + attribute.group(1) + "=\"" + value + "\"");
                }
            }
        }
        assertThat(literal).as("text written into FXML views instead of their feature's texts.properties").isEmpty();
    }

    @Test
    void noCommandHoldsHelpTextOfItsOwn() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path command : files(CLI_SOURCES, ".java")) {
            HELP_ATTRIBUTE.matcher(Files.readString(command)).results()
                    .forEach(attribute -> problems.add(command.getFileName() + ": " + attribute.group(1) + " = …"));
        }
        Properties bundle = load(CLI_BUNDLE);
        commands().stream().filter(command -> !bundle.containsKey(command + ".usage.description")
                        && !bundle.containsKey(command + ".usage.description.0"))
                .forEach(command -> problems.add(command + " has no description in cli/texts.properties"));
        assertThat(problems).as("help text written into the commands instead of cli/texts.properties").isEmpty();
    }

    @Test
    void everyKeyAskedForIsInTheFeaturesBundleAndEveryKeyThereIsAskedFor() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path feature : features()) {
            keyProblems(feature.getFileName().toString(), bundle(feature),
                    files(UI_RESOURCES.resolve(feature.getFileName().toString()), ".fxml"), files(feature, ".java"),
                    key -> false, problems);
        }
        for (String codePackage : CODE_PACKAGES) {
            keyProblems(codePackage, load(RESOURCES.resolve(codePackage).resolve("texts.properties")), List.of(),
                    classesOf(SOURCES.resolve(codePackage)), key -> false, problems);
        }
        List<String> commands = commands();
        keyProblems("cli", load(CLI_BUNDLE), List.of(), files(CLI_SOURCES, ".java"), key -> {
            Matcher usage = USAGE_KEY.matcher(key);
            return PICOCLI_KEYS.contains(key) || usage.matches() && commands.contains(usage.group(1));
        }, problems);
        assertThat(problems).isEmpty();
    }

    /**
     * In one package: every key its views and code ask for is in its bundle, and every key there is used, by the views
     * and code or, as {@code readElsewhere} tells, by a library that reads the bundle itself.
     */
    private static void keyProblems(String name, Properties bundle, List<Path> views, List<Path> code,
            Predicate<String> readElsewhere, List<String> problems) throws IOException {
        StringBuilder sources = new StringBuilder();
        for (Path file : concat(views, code)) {
            String text = Files.readString(file);
            sources.append(text);
            keys(views.contains(file) ? FXML_KEY : CODE_KEY, text).filter(key -> !bundle.containsKey(key))
                    .forEach(key -> problems.add(file.getFileName() + " asks for the missing text " + key));
        }
        String all = sources.toString();
        bundle.stringPropertyNames().stream()
                .filter(key -> !all.contains("\"%" + key + "\"") && !all.contains("\"" + key + "\""))
                .filter(readElsewhere.negate())
                .forEach(key -> problems.add(name + "/texts.properties: " + key + " is never used"));
    }

    private static List<Path> concat(List<Path> first, List<Path> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }

    @Test
    void aTextWithPlaceholdersWritesItsApostrophesTwice() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path feature : features()) {
            singleApostrophes(feature.getFileName().toString(), bundle(feature), broken);
        }
        for (String codePackage : CODE_PACKAGES) {
            singleApostrophes(codePackage, load(RESOURCES.resolve(codePackage).resolve("texts.properties")), broken);
        }
        singleApostrophes("cli", load(CLI_BUNDLE), broken);
        assertThat(broken).as("MessageFormat drops a single apostrophe and quotes what follows it").isEmpty();
    }

    /** The keys of the texts with placeholders that hold an apostrophe not written twice. */
    private static void singleApostrophes(String name, Properties bundle, List<String> broken) {
        for (String key : bundle.stringPropertyNames()) {
            String text = bundle.getProperty(key);
            if (PLACEHOLDER.matcher(text).find() && text.replace("''", "").contains("'")) {
                broken.add(name + ": " + key);
            }
        }
    }

    @Test
    void thePseudoLocaleLengthensByFortyPercentMarksBothEndsAndKeepsPlaceholders() {
        String pseudo = PseudoText.of("Saved {0} days, {1,number,#.#} on average");
        assertThat(pseudo).startsWith("[Sávéd {0} dáýs, {1,number,#.#} óñ ávérágé").endsWith("]");
        assertThat(pseudo.length()).isGreaterThanOrEqualTo((int) Math.ceil(41 * 1.4));
        assertThat(new MessageFormat(pseudo, Locale.ENGLISH).format(new Object[] {3, 2.54}))
                .startsWith("[Sávéd 3 dáýs, 2.5 óñ ávérágé");
        assertThat(PseudoText.of("OK")).isEqualTo("[ÓK]");
        assertThat(PseudoText.of("a day's {sleep}")).startsWith("[á dáý's {sléép}");
        assertThat(PseudoText.of("")).isEmpty();
    }

    @Test
    void inThePseudoLocaleEveryTextOfAFeatureIsPseudoLocalised() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Texts.PSEUDO_LOCALE);
            Texts texts = Texts.of(TextsFixture.class);
            assertThat(texts.get("shared.test.plain")).isEqualTo(PseudoText.of("Save the day"));
            assertThat(texts.format("shared.test.counted", 2)).startsWith("[2 days, GútLóg's").endsWith("]");
        } finally {
            Locale.setDefault(before);
        }
        Texts english = Texts.of(TextsFixture.class);
        assertThat(english.get("shared.test.plain")).isEqualTo("Save the day");
        assertThat(english.format("shared.test.counted", 1)).isEqualTo("1 day, GutLog's count");
    }

    @Test
    void theProblemsOfOneMessageAreJoinedAsClausesAndThePseudoLocaleLeavesTheSemicolonAlone() {
        List<String> problems = List.of("bloating: must be 0 to 10", "sleep: must be 0 to 24");
        assertThat(Texts.of(TextsFixture.class).clauses(problems))
                .isEqualTo("bloating: must be 0 to 10; sleep: must be 0 to 24");
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Texts.PSEUDO_LOCALE);
            assertThat(Texts.of(TextsFixture.class).clauses(problems))
                    .isEqualTo("bloating: must be 0 to 10; sleep: must be 0 to 24");
        } finally {
            Locale.setDefault(before);
        }
    }

    /** GutLog's commands by their full names, as picocli looks their help up: gutlog, gutlog.trials.add and so on. */
    private static List<String> commands() {
        List<String> names = new ArrayList<>();
        addCommands(GutlogCommand.commandLine(journal -> {}), names);
        return names;
    }

    private static void addCommands(CommandLine command, List<String> names) {
        names.add(command.getCommandSpec().qualifiedName("."));
        command.getSubcommands().values().forEach(subcommand -> addCommands(subcommand, names));
    }

    private static List<Path> features() throws IOException {
        try (Stream<Path> packages = Files.list(UI_SOURCES)) {
            return packages.filter(Files::isDirectory).sorted().toList();
        }
    }

    private static Properties bundle(Path feature) throws IOException {
        return load(UI_RESOURCES.resolve(feature.getFileName().toString()).resolve("texts.properties"));
    }

    private static Properties load(Path file) throws IOException {
        Properties bundle = new Properties();
        if (!Files.exists(file)) {
            return bundle;
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            bundle.load(reader);
        }
        return bundle;
    }

    /** The classes of one package, without those of the packages inside it. */
    private static List<Path> classesOf(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
        }
    }

    private static List<Path> files(Path folder, String suffix) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(file -> file.toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static Stream<String> keys(Pattern pattern, String text) {
        return pattern.matcher(text).results().map(match -> match.group(1));
    }
}

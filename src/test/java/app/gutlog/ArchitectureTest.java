package app.gutlog;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/** The layers of DESIGN.md: dependencies point one way, from ui and cli down to domain. */
@AnalyzeClasses(packages = "app.gutlog", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layers = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .withOptionalLayers(true)
            .layer("Entry point").definedBy("app.gutlog")
            .layer("UI").definedBy("app.gutlog.ui..")
            .layer("CLI").definedBy("app.gutlog.cli..")
            .layer("Services").definedBy("app.gutlog.app..")
            .layer("Analysis").definedBy("app.gutlog.analysis..")
            .layer("Exchange").definedBy("app.gutlog.exchange..")
            .layer("Knowledge").definedBy("app.gutlog.knowledge..")
            .layer("Store").definedBy("app.gutlog.store..")
            .layer("Domain").definedBy("app.gutlog.domain..")
            .layer("Text").definedBy("app.gutlog.text..")
            .whereLayer("Entry point").mayNotBeAccessedByAnyLayer()
            .whereLayer("UI").mayOnlyBeAccessedByLayers("Entry point")
            .whereLayer("CLI").mayOnlyBeAccessedByLayers("Entry point")
            .whereLayer("Services").mayOnlyBeAccessedByLayers("UI", "CLI")
            .whereLayer("Analysis").mayOnlyBeAccessedByLayers("Services")
            .whereLayer("Exchange").mayOnlyBeAccessedByLayers("Services")
            .whereLayer("Knowledge").mayOnlyBeAccessedByLayers("Services")
            .whereLayer("Store").mayOnlyBeAccessedByLayers("Services")
            .whereLayer("Domain").mayOnlyBeAccessedByLayers("UI", "CLI", "Services", "Analysis", "Exchange",
                    "Knowledge", "Store")
            .whereLayer("Text").mayOnlyBeAccessedByLayers("UI", "CLI", "Services", "Analysis", "Exchange",
                    "Knowledge", "Store", "Domain");

    @ArchTest
    static final ArchRule javaFxOnlyInTheUi = noClasses()
            .that().resideOutsideOfPackages("app.gutlog.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..", "org.controlsfx..",
                    "org.kordamp.ikonli..");

    @ArchTest
    static final ArchRule sqlOnlyInTheStore = noClasses()
            .that().resideOutsideOfPackage("app.gutlog.store..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.sqlite..");

    /**
     * GutLog makes no network connection. From java.net it uses only URL, as the location of its own bundled views
     * and icons, and never opens one; and URI, to name a file it wrote for the system to open.
     */
    @ArchTest
    static final ArchRule noNetworking = noClasses()
            .should().dependOnClassesThat(resideInAPackage("java.net..").and(not(simpleName("URL").or(simpleName("URI")))))
            .orShould().dependOnClassesThat().resideInAnyPackage("java.net.http..", "javax.net..")
            .orShould().callMethod(java.net.URL.class, "openConnection")
            .orShould().callMethod(java.net.URL.class, "openStream");

    /** The one way out: a DOI link the person clicked, handed to the system browser by the app. */
    @ArchTest
    static final ArchRule onlyTheAppOpensTheBrowser = noClasses()
            .that().doNotHaveFullyQualifiedName("app.gutlog.ui.bootstrap.GutLogApp")
            .should().callMethod(javafx.application.HostServices.class, "showDocument", String.class);

    /** Every keyboard shortcut is made in KeyBindings, which the menus, the pages, the tour and the sheet read. */
    @ArchTest
    static final ArchRule shortcutsOnlyInKeyBindings = noClasses()
            .that().doNotHaveFullyQualifiedName("app.gutlog.ui.shared.KeyBindings")
            .should().dependOnClassesThat().haveFullyQualifiedName("javafx.scene.input.KeyCodeCombination")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("javafx.scene.input.KeyCharacterCombination");

    /** Health data never goes to a log: GutLog has no logger at all. */
    @ArchTest
    static final ArchRule noLogging = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("java.util.logging..", "org.slf4j..",
                    "org.apache.commons.logging..", "org.apache.logging..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.lang.System$Logger");

    @ArchTest
    static final ArchRule domainHasNoIo = noClasses()
            .that().resideInAPackage("app.gutlog.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio..", "java.sql..", "java.net..");

    @ArchTest
    static final ArchRule viewModelsTouchNoControls = noClasses()
            .that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.fxml..");

    /** No two packages of GutLog depend on each other, directly or round about. */
    /** A text kept in a static field would not follow the locale (tests switch to the pseudo-locale and back). */
    @ArchTest
    static final ArchRule textsAreNotKeptStatically = noFields()
            .that().haveRawType(app.gutlog.text.Texts.class)
            .should().beStatic();

    @ArchTest
    static final ArchRule packagesFreeOfCycles = slices().matching("app.gutlog.(**)").should().beFreeOfCycles();

    /** The UI's parts (bootstrap, shared, the shell and each feature) depend on each other without cycles. */
    @ArchTest
    static final ArchRule uiSlicesFreeOfCycles = slices().matching("app.gutlog.ui.(*)..").should().beFreeOfCycles();

    /** The store's classes depend on each other without cycles, a class (with its nested classes) a slice. */
    @ArchTest
    static final ArchRule storeClassesFreeOfCycles = slices().assignedFrom(new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            return javaClass.getPackageName().equals("app.gutlog.store")
                    ? SliceIdentifier.of(javaClass.getName().replaceAll("\\$.*", ""))
                    : SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "each class of app.gutlog.store";
        }
    }).should().beFreeOfCycles();

    /** What features share uses no feature, no shell and no bootstrap. */
    @ArchTest
    static final ArchRule sharedUsesNoFeature = noClasses()
            .that().resideInAPackage("app.gutlog.ui.shared..")
            .should().dependOnClassesThat(resideInAPackage("app.gutlog.ui..")
                    .and(not(resideInAPackage("app.gutlog.ui.shared.."))));

    /** Only the entry point starts the app: no feature reaches into the composition root. */
    @ArchTest
    static final ArchRule onlyTheEntryPointUsesTheBootstrap = noClasses()
            .that().resideInAPackage("app.gutlog.ui..").and().resideOutsideOfPackage("app.gutlog.ui.bootstrap..")
            .should().dependOnClassesThat().resideInAPackage("app.gutlog.ui.bootstrap..");
}

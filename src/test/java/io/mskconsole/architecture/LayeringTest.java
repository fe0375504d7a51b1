package io.mskconsole.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layers, one way: a domain core that knows neither JavaFX nor the AWS SDK nor the Kafka client; AWS adapters,
 * the only code that imports the SDK; the Kafka adapter, the only code that imports the Kafka client; the Sandbox;
 * the headless commands and the UI on top; and the app package that wires them.
 */
@AnalyzeClasses(packages = "io.mskconsole", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {
    private static final String CORE = "io.mskconsole.core..";
    private static final String AWS = "io.mskconsole.aws..";
    private static final String KAFKA = "io.mskconsole.kafka..";
    private static final String KAFKA_CLIENT = "org.apache.kafka..";
    private static final String SANDBOX = "io.mskconsole.sandbox..";
    private static final String CLI = "io.mskconsole.cli..";
    private static final String UI = "io.mskconsole.ui..";
    private static final String APP = "io.mskconsole.app..";
    private static final String SDK = "software.amazon..";
    private static final String JAVAFX = "javafx..";

    @ArchTest
    static final ArchRule coreKnowsNoFrameworkAndNoOuterLayer = noClasses().that().resideInAPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage(SDK, JAVAFX, "org.controlsfx..", "picocli..",
                    KAFKA_CLIENT, AWS, KAFKA, SANDBOX, CLI, UI, APP)
            .because("the domain core is shared by every layer and must stay free of frameworks");

    @ArchTest
    static final ArchRule onlyTheAwsAdaptersImportTheSdk = noClasses().that().resideOutsideOfPackage(AWS)
            .and().resideOutsideOfPackage(APP)
            .should().dependOnClassesThat().resideInAPackage(SDK)
            .because("AWS SDK types stay behind the ports");

    @ArchTest
    static final ArchRule onlyTheKafkaAdapterImportsTheKafkaClient = noClasses().that().resideOutsideOfPackage(KAFKA)
            .should().dependOnClassesThat().resideInAPackage(KAFKA_CLIENT)
            .because("Kafka client types stay behind the broker logger ports");

    @ArchTest
    static final ArchRule theKafkaAdapterUsesNeitherTheSdkNorTheOtherAdapters = noClasses().that().resideInAPackage(KAFKA)
            .should().dependOnClassesThat().resideInAnyPackage(SDK, AWS, SANDBOX, UI, CLI, APP)
            .because("aws-msk-iam-auth is named in the client's configuration, never imported");

    @ArchTest
    static final ArchRule theAppPackageReachesTheSdkOnlyThroughAdapters = noClasses().that().resideInAPackage(APP)
            .should().dependOnClassesThat().resideInAPackage(SDK);

    @ArchTest
    static final ArchRule onlyTheUiAndTheAppUseJavaFx = noClasses().that().resideOutsideOfPackages(UI, APP)
            .should().dependOnClassesThat().resideInAnyPackage(JAVAFX, "org.controlsfx..")
            .because("the core, adapters, Sandbox and commands run headless");

    @ArchTest
    static final ArchRule thePreparationBeforeTheToolkitTouchesNoJavaFx = noClasses().that()
            .haveFullyQualifiedName("io.mskconsole.app.WindowPreparation")
            .should().transitivelyDependOnClassesThat().resideInAnyPackage(JAVAFX, "org.controlsfx..")
            .because("it runs while the toolkit initialises JavaFX's classes on another thread: initialising one "
                    + "here too (an Image) deadlocked the start on class initialisation");

    @ArchTest
    static final ArchRule adaptersAndSandboxDoNotKnowTheirCallers = noClasses().that().resideInAnyPackage(AWS, SANDBOX)
            .should().dependOnClassesThat().resideInAnyPackage(UI, CLI, APP);

    @ArchTest
    static final ArchRule adaptersDoNotUseTheSandbox = noClasses().that().resideInAPackage(AWS)
            .should().dependOnClassesThat().resideInAPackage(SANDBOX);

    @ArchTest
    static final ArchRule sandboxDoesNotUseTheAdapters = noClasses().that().resideInAPackage(SANDBOX)
            .should().dependOnClassesThat().resideInAnyPackage(AWS, KAFKA, KAFKA_CLIENT);

    @ArchTest
    static final ArchRule windowsAndCommandsUsePortsNotImplementations = noClasses().that().resideInAnyPackage(UI, CLI)
            .should().dependOnClassesThat().resideInAnyPackage(AWS, KAFKA, SANDBOX, APP)
            .because("the app package wires implementations; screens and commands see only the ports");

    @ArchTest
    static final ArchRule commandsAndWindowsAreIndependent = noClasses().that().resideInAPackage(CLI)
            .should().dependOnClassesThat().resideInAPackage(UI);

    @ArchTest
    static final ArchRule uiDoesNotUseTheCommands = noClasses().that().resideInAPackage(UI)
            .should().dependOnClassesThat().resideInAPackage(CLI);

    @ArchTest
    static final ArchRule nothingPrintsButTheCommandsAndTheLauncher = noClasses()
            .that().resideOutsideOfPackages(CLI, APP)
            .should().accessField(System.class, "out")
            .orShould().accessField(System.class, "err")
            .orShould().callMethod(Throwable.class, "printStackTrace")
            .because("messages reach people through the UI or the commands' error stream");

    @ArchTest
    static final ArchRule capabilitiesDoNotFormCycles = slices().matching("io.mskconsole.(*)..").should().beFreeOfCycles();

    /**
     * Inside the core too, a capability does not lean on one that leans back on it. One pair still does and is named
     * here until it is untangled: a cluster holds its log delivery (clusters uses delivery's model), and the delivery
     * update reads and changes clusters (delivery uses clusters). Any other cycle fails.
     */
    @ArchTest
    static final ArchRule theCoresCapabilitiesDoNotFormCycles = slices().matching("io.mskconsole.core.(*)..")
            .should().beFreeOfCycles()
            .ignoreDependency(resideInAPackage("io.mskconsole.core.clusters.."),
                    resideInAPackage("io.mskconsole.core.delivery.."));
}

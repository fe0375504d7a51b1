package io.mskconsole.cli;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.mskconsole.core.account.Accounts;
import org.junit.jupiter.api.Test;

/** The headless commands stand on the domain core only: no AWS SDK, no JavaFX, no System.exit. */
class CliArchitectureTest {
    private static final JavaClasses CLI = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.mskconsole.cli");

    @Test
    void dependsOnlyOnTheCoreAccountsPicocliJacksonAndTheJdk() {
        classes().should().onlyDependOnClassesThat(
                        resideInAnyPackage("io.mskconsole.cli..", "io.mskconsole.core..", "picocli..",
                                "com.fasterxml.jackson..", "java..")
                                .or(describe("Accounts", c -> c.getName().equals(Accounts.class.getName()))))
                .check(CLI);
    }

    @Test
    void neverEndsTheProcessItself() {
        noClasses().should().callMethod(System.class, "exit", int.class)
                .orShould().callMethod(Runtime.class, "halt", int.class)
                .check(CLI);
    }
}

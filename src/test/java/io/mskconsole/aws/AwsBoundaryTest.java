package io.mskconsole.aws;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The AWS SDK stays behind the adapters: nothing outside io.mskconsole.aws may use it. */
class AwsBoundaryTest {
    static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.mskconsole");

    @Test
    void onlyTheAwsAdaptersUseTheSdk() {
        noClasses().that().resideOutsideOfPackage("io.mskconsole.aws..")
                .should().dependOnClassesThat().resideInAPackage("software.amazon..")
                .check(MAIN);
    }

    @Test
    void theCoreDoesNotKnowTheAdapters() {
        noClasses().that().resideInAPackage("io.mskconsole.core..")
                .should().dependOnClassesThat().resideInAPackage("io.mskconsole.aws..")
                .check(MAIN);
    }
}

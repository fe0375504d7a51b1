package io.mskconsole.kafka;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The Kafka client stays behind the Kafka adapter: nothing outside io.mskconsole.kafka may use it. */
class KafkaBoundaryTest {
    static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.mskconsole");

    @Test
    void onlyTheKafkaAdapterUsesTheKafkaClient() {
        noClasses().that().resideOutsideOfPackage("io.mskconsole.kafka..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.kafka..")
                .check(MAIN);
    }

    @Test
    void theKafkaAdapterDoesNotImportAwsMskIamAuthOrTheSdk() {
        noClasses().that().resideInAPackage("io.mskconsole.kafka..")
                .should().dependOnClassesThat().resideInAPackage("software.amazon..")
                .check(MAIN);
    }
}

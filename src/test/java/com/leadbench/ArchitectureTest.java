package com.leadbench;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dependency rule of STYLE.md, enforced. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.leadbench");
    }

    @Test
    void layersDependOnlyDownwards() {
        layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
                .layer("model").definedBy("com.leadbench.model..")
                .layer("scoring").definedBy("com.leadbench.scoring..")
                .layer("ingest").definedBy("com.leadbench.ingest..", "com.leadbench.demo..", "com.leadbench.handoff..", "com.leadbench.format..",
                        "com.leadbench.report..")
                .layer("store").definedBy("com.leadbench.store..")
                .layer("gui").definedBy("com.leadbench.gui..")
                .layer("cli").definedBy("com.leadbench.cli..")
                .whereLayer("gui").mayNotBeAccessedByAnyLayer()
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("store").mayOnlyBeAccessedByLayers("gui", "cli")
                .whereLayer("ingest").mayOnlyBeAccessedByLayers("store", "gui", "cli")
                .whereLayer("scoring").mayOnlyBeAccessedByLayers("ingest", "store", "gui", "cli")
                .check(classes);
    }

    @Test
    void modelAndScoringArePure() {
        noClasses().that().resideInAnyPackage("com.leadbench.model..", "com.leadbench.scoring..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "javafx..", "org.jooq..", "java.sql..", "com.fasterxml.jackson..", "org.flywaydb..", "org.sqlite..")
                .check(classes);
    }

    @Test
    void hygieneDetectionIsPure() {
        // com.leadbench.ingest.hygiene sits in the ingest layer; its checks read records and return records
        classes().that().resideInAPackage("com.leadbench.ingest.hygiene..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "java..", "com.leadbench.model..", "com.leadbench.scoring..", "com.leadbench.ingest.hygiene..")
                .check(classes);
    }

    @Test
    void onlyTheStoreTouchesJooqJdbcAndFlyway() {
        noClasses().that().resideOutsideOfPackage("com.leadbench.store..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "java.sql..", "org.flywaydb..", "org.sqlite..")
                .check(classes);
    }

    @Test
    void noJavaFxOutsideTheWindow() {
        noClasses().that().resideOutsideOfPackages("com.leadbench.gui..", "com.leadbench")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
                .check(classes);
    }

    @Test
    void classesAreNamedForWhatTheyDo() {
        noClasses().should().haveSimpleNameEndingWith("Manager")
                .orShould().haveSimpleNameEndingWith("Service")
                .orShould().haveSimpleNameEndingWith("Util")
                .orShould().haveSimpleNameEndingWith("Utils")
                .orShould().haveSimpleNameEndingWith("Helper")
                .check(classes);
    }
}

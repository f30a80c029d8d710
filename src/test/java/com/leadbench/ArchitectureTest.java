package com.leadbench;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
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
                .layer("documents").definedBy("com.leadbench.importing..", "com.leadbench.demo..", "com.leadbench.handoff..", "com.leadbench.format..",
                        "com.leadbench.report..")
                .layer("store").definedBy("com.leadbench.store..")
                .layer("workflow").definedBy("com.leadbench.workflow..")
                .layer("gui").definedBy("com.leadbench.gui..")
                .layer("cli").definedBy("com.leadbench.cli..")
                .whereLayer("gui").mayNotBeAccessedByAnyLayer()
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("workflow").mayOnlyBeAccessedByLayers("cli") // and the wiring (App, WindowGraph), which is in no layer
                // gui never reaches store: its view models take narrow interfaces that the wiring (App, WindowGraph)
                // implements over workflow. cli opens a Database, and its read-only commands (bench, candidates, learn,
                // calibrate, backtest, hygiene) read through the loaders and repositories; every write goes through workflow.
                .whereLayer("store").mayOnlyBeAccessedByLayers("workflow", "cli")
                .whereLayer("documents").mayOnlyBeAccessedByLayers("store", "workflow", "gui", "cli")
                .whereLayer("scoring").mayOnlyBeAccessedByLayers("documents", "store", "workflow", "gui", "cli")
                .check(classes);
    }

    @Test
    void packagesAreFreeOfCycles() {
        // every package a slice of its own; the generated jOOQ code is a build output and left out
        JavaClasses withoutGenerated = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("/com/leadbench/store/jooq/"))
                .importPackages("com.leadbench");
        slices().matching("com.leadbench.(**)").should().beFreeOfCycles().check(withoutGenerated);
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
        // com.leadbench.importing.hygiene sits in the documents layer; its checks read records and return records
        classes().that().resideInAPackage("com.leadbench.importing.hygiene..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "java..", "com.leadbench.model..", "com.leadbench.scoring..", "com.leadbench.importing.hygiene..")
                .check(classes);
    }

    @Test
    void onlyTheStoreTouchesJooqJdbcAndFlyway() {
        noClasses().that().resideOutsideOfPackage("com.leadbench.store..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "java.sql..", "org.flywaydb..", "org.sqlite..")
                .check(classes);
    }

    @Test
    void useCasesDoNotTouchSql() {
        // workflow orchestrates repositories and pure policies; every query lives in a store repository
        noClasses().that().resideInAPackage("com.leadbench.workflow..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "java.sql..", "org.sqlite..", "org.flywaydb..")
                .check(classes);
    }

    /**
     * Store classes besides repositories and loaders that may use the generated tables, each because
     * it is persistence that spans tables: BulkLoader (writes a whole generated data set in one pass
     * over every data table), DataReset (empties every data table at once) and Warmup (renders one
     * query at start-up to warm jOOQ up). Database, ImportStatements, ImportWriter and SqlRescoring
     * need no generated table (they use plain SQL or none) and are not allowed one.
     */
    private static final Set<String> PERSISTENCE_BEYOND_REPOSITORIES = Set.of("BulkLoader", "DataReset", "Warmup");

    @Test
    void onlyRepositoriesAndLoadersUseTheGeneratedTables() {
        DescribedPredicate<JavaClass> repositoryOrLoader = DescribedPredicate.describe(
                "are a store repository, loader or " + PERSISTENCE_BEYOND_REPOSITORIES, c -> {
                    String top = topLevelSimpleName(c);
                    return c.getPackageName().equals("com.leadbench.store")
                            && (top.endsWith("Repository") || top.endsWith("Loader") || PERSISTENCE_BEYOND_REPOSITORIES.contains(top));
                });
        classes().that().resideInAPackage("com.leadbench.store.jooq..")
                .should().onlyBeAccessed().byClassesThat(repositoryOrLoader.or(resideInAPackage("com.leadbench.store.jooq..")))
                .check(classes);
    }

    private static String topLevelSimpleName(JavaClass c) {
        String name = c.getName().substring(c.getPackageName().length() + 1);
        int nested = name.indexOf('$');
        return nested < 0 ? name : name.substring(0, nested);
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

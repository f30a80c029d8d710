package com.leadbench;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The window's rules (STYLE.md, "View + ViewModel"; issue #14): screens do not import each other,
 * views use only their own screen, the gui helpers and the core's records, view models reach the
 * database only through the narrow interfaces App's wiring implements, and no gui class touches jOOQ.
 */
class GuiArchitectureTest {

    /** Packages every screen may use: the gui root's helpers and the shared detail pane. */
    private static final String SHARED_DETAIL = "com.leadbench.gui.detail..";

    /** The window that holds the screens' tabs and the interface App's wiring implements to build their models. */
    private static final String WINDOW = "com.leadbench.gui.window..";

    /** What a view may use besides its own package: the gui's helpers and shared panes, the core's records, JavaFX and the JDK. */
    private static final List<String> VIEW_MAY_USE = List.of("com.leadbench.gui", SHARED_DETAIL, "com.leadbench.model..",
            "com.leadbench.scoring..", "com.leadbench.handoff..", "com.leadbench.importing..", "com.leadbench.report..",
            "javafx..", "org.controlsfx..", "java..");

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("/com/leadbench/store/jooq/"))
                .importPackages("com.leadbench");
    }

    @Test
    void screensDoNotDependOnEachOther() {
        // com.leadbench.gui.(*).. slices the screens; the gui root's helpers are in no slice, and the window
        // (MainWindow, ScreenModels) puts the screens together, so it is the one slice that may use them all
        slices().matching("com.leadbench.gui.(*)..").should().notDependOnEachOther()
                .ignoreDependency(DescribedPredicate.alwaysTrue(), JavaClass.Predicates.resideInAPackage(SHARED_DETAIL))
                .ignoreDependency(JavaClass.Predicates.resideInAPackage(WINDOW), DescribedPredicate.alwaysTrue())
                .check(classes);
    }

    @Test
    void viewsUseOnlyTheirScreenTheGuiHelpersAndTheCoresRecords() {
        classes().that(topLevelNameEndsWith("View")).and().resideInAPackage("com.leadbench.gui..")
                .should(dependOnlyOnTheirOwnPackageOr(VIEW_MAY_USE))
                .check(classes);
    }

    @Test
    void viewModelsDoNotReachTheStoreOrTheUseCases() {
        noClasses().that(topLevelNameEndsWith("ViewModel")).and().resideInAPackage("com.leadbench.gui..")
                .should().dependOnClassesThat().resideInAnyPackage("com.leadbench.store..", "com.leadbench.workflow..")
                .check(classes);
    }

    @Test
    void onlyTheWiringBesideAppHoldsStoreTypesNotTheGui() {
        noClasses().that().resideInAPackage("com.leadbench.gui..")
                .should().dependOnClassesThat().resideInAnyPackage("com.leadbench.store..", "com.leadbench.workflow..")
                .check(classes);
    }

    @Test
    void guiClassesDoNotUseJooqOrSql() {
        noClasses().that().resideInAPackage("com.leadbench.gui..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "java.sql..")
                .check(classes);
    }

    /** The class, or the class it is nested in, is named {@code *suffix} (a view's cells and listeners count as the view). */
    private static DescribedPredicate<JavaClass> topLevelNameEndsWith(String suffix) {
        return DescribedPredicate.describe("are named *" + suffix + " (or nested in one)", c -> topLevel(c).getSimpleName().endsWith(suffix)
                && !(suffix.equals("View") && topLevel(c).getSimpleName().endsWith("ViewModel")));
    }

    private static JavaClass topLevel(JavaClass c) {
        JavaClass top = c;
        while (top.getEnclosingClass().isPresent()) {
            top = top.getEnclosingClass().get();
        }
        return top;
    }

    private static ArchCondition<JavaClass> dependOnlyOnTheirOwnPackageOr(List<String> allowed) {
        DescribedPredicate<JavaClass> elsewhere = JavaClass.Predicates.resideInAnyPackage(allowed.toArray(String[]::new));
        return new ArchCondition<>("depend only on their own package or " + allowed) {
            @Override
            public void check(JavaClass view, ConditionEvents events) {
                for (Dependency d : view.getDirectDependenciesFromSelf()) {
                    JavaClass target = d.getTargetClass();
                    while (target.isArray()) {
                        target = target.getComponentType();
                    }
                    if (target.isPrimitive() || target.getPackageName().equals(view.getPackageName()) || elsewhere.test(target)) {
                        continue;
                    }
                    events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                }
            }
        };
    }
}

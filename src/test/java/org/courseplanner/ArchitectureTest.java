package org.courseplanner;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering of STYLE.md: ui → domain ← persistence, ical → domain, cli on top, app wires them.
 * Every rule allows packages that do not exist yet.
 */
@AnalyzeClasses(packages = "org.courseplanner", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String DOMAIN = "org.courseplanner.domain..";
    private static final String PERSISTENCE = "org.courseplanner.persistence..";
    private static final String ICAL = "org.courseplanner.ical..";
    private static final String CLI = "org.courseplanner.cli..";
    private static final String UI = "org.courseplanner.ui..";
    private static final String APP = "org.courseplanner.app..";

    @ArchTest
    static final ArchRule domainKnowsNoFrameworks = noClasses().that().resideInAPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "javax.sql..", "org.sqlite..",
                    "picocli..", "com.fasterxml..", "net.fortuna..", "org.controlsfx..")
            .because("the domain is plain Java, usable from the command line, the window and benchmarks")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule domainDependsOnNoOtherPartOfTheApplication = noClasses().that().resideInAPackage(DOMAIN)
            .should().dependOnClassesThat(resideInAPackage("org.courseplanner..").and(resideOutsideOfPackage(DOMAIN)))
            .because("the domain declares the interfaces the other packages implement")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule domainUsesOnlyTheJdk = classes().that().resideInAPackage(DOMAIN)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", DOMAIN)
            .because("STYLE.md: the domain may depend on java.* only")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule uiReachesStorageOnlyThroughTheDomain = noClasses().that().resideInAPackage(UI)
            .should().dependOnClassesThat().resideInAnyPackage(PERSISTENCE, ICAL, CLI, "java.sql..", "org.sqlite..")
            .because("the UI uses the domain's interfaces, which app wires to their implementations")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule persistenceKnowsNoUi = noClasses().that().resideInAPackage(PERSISTENCE)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", UI, CLI, APP)
            .because("storage runs without a display and is wired by app, not the other way round")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule commandLineNeverStartsJavaFx = noClasses().that().resideInAPackage(CLI)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", UI, APP)
            .because("commands run without a display")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule icalKnowsOnlyTheDomain = noClasses().that().resideInAPackage(ICAL)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", PERSISTENCE, UI, CLI, APP)
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule loggingUsesOnlyTheJdk = classes().that().resideInAPackage("org.courseplanner.logging..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.courseplanner.logging..")
            .because("the window, the command line and the UI all start or name the log; it must pull in nothing")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule onlyAppAndCliOpenTheDatabase = noClasses().that().resideInAPackage("org.courseplanner..")
            .and().resideOutsideOfPackages(PERSISTENCE, CLI, APP)
            .should().dependOnClassesThat().resideInAPackage(PERSISTENCE)
            .because("everyone else reaches stored plans through the domain's PlanRepository")
            .allowEmptyShould(true);
}

package org.courseplanner;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering of ../shared/STYLE.md: ui → domain ← persistence, cli, ical; app wires them. */
@AnalyzeClasses(packages = "org.courseplanner", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainKnowsNoFrameworks = noClasses().that().resideInAPackage("org.courseplanner.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "org.sqlite..", "picocli..",
                    "com.fasterxml..", "net.fortuna..")
            .because("the domain is plain Java, usable from the command line, the window and benchmarks");

    @ArchTest
    static final ArchRule domainDependsOnNoOtherLayer = noClasses().that().resideInAPackage("org.courseplanner.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("org.courseplanner.persistence..", "org.courseplanner.ui..",
                    "org.courseplanner.cli..", "org.courseplanner.ical..", "org.courseplanner.app..");

    @ArchTest
    static final ArchRule uiReachesStorageOnlyThroughTheDomain = noClasses().that().resideInAPackage("org.courseplanner.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("org.courseplanner.persistence..", "org.courseplanner.ical..",
                    "org.courseplanner.cli..", "java.sql..", "org.sqlite..")
            .because("the UI uses the domain's interfaces, which app wires to their implementations");

    @ArchTest
    static final ArchRule persistenceKnowsNoUi = noClasses().that().resideInAPackage("org.courseplanner.persistence..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.courseplanner.ui..", "org.courseplanner.cli..",
                    "org.courseplanner.ical..", "org.courseplanner.app..");

    @ArchTest
    static final ArchRule commandLineNeverStartsJavaFx = noClasses().that().resideInAPackage("org.courseplanner.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.courseplanner.ui..", "org.courseplanner.app..")
            .because("commands run without a display");

    @ArchTest
    static final ArchRule icalKnowsOnlyTheDomain = noClasses().that().resideInAPackage("org.courseplanner.ical..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "org.courseplanner.persistence..",
                    "org.courseplanner.ui..", "org.courseplanner.cli..")
            .allowEmptyShould(true);
}

package org.courseplanner;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.courseplanner.domain.PlanRepository;

/**
 * The layering of STYLE.md: ui → domain ← persistence, ical → domain, cli on top, app wires them.
 * No rule allows an empty package: a package renamed or emptied fails the rule that names it.
 */
@AnalyzeClasses(packages = "org.courseplanner", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String DOMAIN = "org.courseplanner.domain..";
    private static final String PERSISTENCE = "org.courseplanner.persistence..";
    private static final String ICAL = "org.courseplanner.ical..";
    private static final String CLI = "org.courseplanner.cli..";
    private static final String UI = "org.courseplanner.ui..";
    private static final String UI_COMMON = "org.courseplanner.ui.common..";
    private static final String APP = "org.courseplanner.app..";
    private static final String PRINT = "org.courseplanner.print..";
    private static final String REGISTRAR = "org.courseplanner.registrar..";

    @ArchTest
    static final ArchRule domainKnowsNoFrameworks = noClasses().that().resideInAPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "javax.sql..", "org.sqlite..",
                    "picocli..", "com.fasterxml..", "net.fortuna..", "org.controlsfx..")
            .because("the domain is plain Java, usable from the command line, the window and benchmarks");

    @ArchTest
    static final ArchRule domainDependsOnNoOtherPartOfTheApplication = noClasses().that().resideInAPackage(DOMAIN)
            .should().dependOnClassesThat(resideInAPackage("org.courseplanner..").and(resideOutsideOfPackage(DOMAIN)))
            .because("the domain declares the interfaces the other packages implement");

    @ArchTest
    static final ArchRule domainUsesOnlyTheJdk = classes().that().resideInAPackage(DOMAIN)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", DOMAIN)
            .because("STYLE.md: the domain may depend on java.* only");

    @ArchTest
    static final ArchRule uiReachesStorageOnlyThroughTheDomain = noClasses().that().resideInAPackage(UI)
            .should().dependOnClassesThat().resideInAnyPackage(PERSISTENCE, ICAL, CLI, "java.sql..", "org.sqlite..")
            .because("the UI uses the domain's interfaces, which app wires to their implementations");

    @ArchTest
    static final ArchRule persistenceKnowsNoUi = noClasses().that().resideInAPackage(PERSISTENCE)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", UI, CLI, APP)
            .because("storage runs without a display and is wired by app, not the other way round");

    @ArchTest
    static final ArchRule commandLineNeverStartsJavaFx = noClasses().that().resideInAPackage(CLI)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", UI, APP)
            .because("commands run without a display");

    @ArchTest
    static final ArchRule icalKnowsOnlyTheDomain = noClasses().that().resideInAPackage(ICAL)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", PERSISTENCE, UI, CLI, APP);

    @ArchTest
    static final ArchRule registrarReadsWithJacksonAlone = classes().that().resideInAPackage(REGISTRAR)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", DOMAIN, REGISTRAR, "com.fasterxml..")
            .because("a registrar's catalog file (QuACS JSON, CSV) is read into the domain's catalog with Jackson and nothing else");

    @ArchTest
    static final ArchRule printDrawsFromTheDomainAlone = classes().that().resideInAPackage(PRINT)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax.imageio..", DOMAIN, PRINT, "org.apache.pdfbox..")
            .because("a printed page is drawn from the model with PDFBox, the same from the window and the command line");

    @ArchTest
    static final ArchRule theWindowPrintsThroughPlanPrinterAlone = noClasses().that().resideInAPackage(UI)
            .should().dependOnClassesThat(resideInAPackage(PRINT).and(DescribedPredicate.describe("not PlanPrinter's API",
                    c -> !c.getName().startsWith(org.courseplanner.print.PlanPrinter.class.getName()))))
            .orShould().dependOnClassesThat().resideInAPackage("org.apache.pdfbox..")
            .because("the window asks PlanPrinter for pages and files and knows nothing of how they are drawn");

    @ArchTest
    static final ArchRule calDavSpeaksHttpWithTheJdkAlone = classes().that().resideInAPackage("org.courseplanner.caldav..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax.xml..", "org.w3c.dom..", "org.xml.sax..", DOMAIN,
                    "org.courseplanner.caldav..")
            .because("the CalDAV client implements the domain's CalendarServer with java.net.http and the JDK's XML parser, and nothing else");

    @ArchTest
    static final ArchRule credentialsKnowOnlyTheDomainsStore = classes().that().resideInAPackage("org.courseplanner.credentials..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", DOMAIN, "org.courseplanner.credentials..")
            .because("the keyring and the password file implement the domain's CredentialStore, with the JDK alone");

    @ArchTest
    static final ArchRule loggingUsesOnlyTheJdk = classes().that().resideInAPackage("org.courseplanner.logging..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.courseplanner.logging..")
            .because("the window, the command line and the UI all start or name the log; it must pull in nothing");

    @ArchTest
    static final ArchRule onlyAppAndCliOpenTheDatabase = noClasses().that().resideInAPackage("org.courseplanner..")
            .and().resideOutsideOfPackages(PERSISTENCE, CLI, APP)
            .should().dependOnClassesThat().resideInAPackage(PERSISTENCE)
            .because("everyone else reaches stored plans through the domain's PlanRepository");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("org.courseplanner.(**)").should().beFreeOfCycles()
            .because("each package can be read, tested and moved on its own when its dependencies point one way");

    /* ui.main sees the week through ui.common's ShownWeek and FocusedItemRemover; app hands it the week feature. */
    @ArchTest
    static final ArchRule uiFeaturesDoNotReachIntoEachOther = slices().matching("org.courseplanner.ui.(*)..")
            .should().notDependOnEachOther()
            .ignoreDependency(DescribedPredicate.alwaysTrue(), resideInAPackage(UI_COMMON))
            .because("a feature (week, workload, main) shares only ui.common and the domain; app wires features together");

    @ArchTest
    static final ArchRule uiCommonKnowsNoFeature = noClasses().that().resideInAPackage(UI_COMMON)
            .should().dependOnClassesThat(resideInAPackage(UI).and(resideOutsideOfPackage(UI_COMMON)))
            .because("STYLE.md: ui.common is shared by the features and depends on the domain only");

    /** The feature packages the rules above are about: a rename must fail here, not pass them silently. */
    @ArchTest
    static final ArchRule theWeekFeatureExists = exists("org.courseplanner.ui.week..");

    @ArchTest
    static final ArchRule theWorkloadFeatureExists = exists("org.courseplanner.ui.workload..");

    @ArchTest
    static final ArchRule theMainWindowFeatureExists = exists("org.courseplanner.ui.main..");

    private static ArchRule exists(String feature) {
        return classes().that().resideInAPackage(feature).should().resideInAPackage(UI)
                .because("the feature rules name " + feature + "; an empty or renamed package fails");
    }

    @ArchTest
    static final ArchRule onlyTheDomainPersistenceAndAppSeeTheRepository = noClasses().that()
            .resideOutsideOfPackages(DOMAIN, PERSISTENCE, APP)
            .should().dependOnClassesThat().areAssignableTo(PlanRepository.class)
            .because("every change goes through the Planner, which checks it: the window and the command line never see the store");

    @ArchTest
    static final ArchRule onlyTheDomainPersistenceAndAppSeeTheCatalogStore = noClasses().that()
            .resideOutsideOfPackages(DOMAIN, PERSISTENCE, APP)
            .should().dependOnClassesThat().areAssignableTo(org.courseplanner.domain.catalog.CatalogStore.class)
            .because("the window and the command line reach a term's catalog through CatalogPlanner, like the plan through the Planner");

    @ArchTest
    static final ArchRule onlyTheDomainPersistenceAndAppSeeTheSyncStore = noClasses().that()
            .resideOutsideOfPackages(DOMAIN, PERSISTENCE, APP)
            .should().dependOnClassesThat().areAssignableTo(org.courseplanner.domain.sync.SyncStore.class)
            .because("the window and the command line publish through CalendarSync, which records only what the server confirmed");
}

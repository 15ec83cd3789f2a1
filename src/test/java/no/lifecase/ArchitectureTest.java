package no.lifecase;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The rooms of Lifecase and which way they may lean, as docs/architecture.md draws them: every dependency points down,
 * the life events are found by the shared machinery and never named by it, and no life event uses another.
 */
class ArchitectureTest {

    private static final String LIFE_EVENT_FOLDERS = "no.lifecase.lifeevent.*..";

    private static final JavaClasses PRODUCT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("no.lifecase");

    @Test
    void every_room_uses_only_the_rooms_below_it() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("users' doors").definedBy("no.lifecase.portal..", "no.lifecase.caseworker..",
                        "no.lifecase.processowner..", "no.lifecase.kpi..", "no.lifecase.operations..")
                .layer("life events").definedBy("no.lifecase.lifeevent..")
                .layer("evidence").definedBy("no.lifecase.evidence..")
                .layer("decisions").definedBy("no.lifecase.decision..")
                .layer("signing").definedBy("no.lifecase.signing..")
                .layer("agencies").definedBy("no.lifecase.agency..")
                .layer("registers").definedBy("no.lifecase.register..")
                .layer("feeds").definedBy("no.lifecase.trigger..")
                .layer("case file").definedBy("no.lifecase.casefile..")
                .layer("leaves").definedBy("no.lifecase.identity..", "no.lifecase.publicaddress..",
                        "no.lifecase.modelsafety..", "no.lifecase.configuration..", "no.lifecase.security..",
                        "no.lifecase.startup..", "no.lifecase.apidescription..", "no.lifecase.language..", "no.lifecase.referencedata..",
                        "no.lifecase.modeltext..")
                .whereLayer("users' doors").mayNotBeAccessedByAnyLayer()
                .whereLayer("life events").mayOnlyBeAccessedByLayers("users' doors")
                .whereLayer("evidence").mayOnlyBeAccessedByLayers("life events", "users' doors")
                .whereLayer("decisions").mayOnlyBeAccessedByLayers("life events", "users' doors")
                .whereLayer("signing").mayOnlyBeAccessedByLayers("life events", "users' doors")
                .whereLayer("agencies").mayOnlyBeAccessedByLayers("decisions", "life events", "users' doors")
                .whereLayer("registers").mayOnlyBeAccessedByLayers("agencies", "signing", "decisions", "life events", "users' doors")
                .whereLayer("feeds").mayOnlyBeAccessedByLayers("registers", "agencies", "signing", "decisions", "life events",
                        "users' doors")
                .whereLayer("case file").mayOnlyBeAccessedByLayers("feeds", "registers", "agencies", "signing", "decisions", "evidence",
                        "life events", "users' doors")
                .check(PRODUCT);
    }

    @Test
    void no_two_rooms_depend_on_each_other() {
        slices().matching("no.lifecase.(*)..").should().beFreeOfCycles().check(PRODUCT);
    }

    @Test
    void the_shared_machinery_names_no_life_event() {
        noClasses().that().resideOutsideOfPackage(LIFE_EVENT_FOLDERS)
                .should().dependOnClassesThat().resideInAPackage(LIFE_EVENT_FOLDERS)
                .because("each life event is found through its LifeEvent bean and the interfaces it implements "
                        + "(docs/adr/0042-a-life-event-is-a-folder.md)")
                .check(PRODUCT);
    }

    @Test
    void no_life_event_uses_another() {
        slices().matching("no.lifecase.lifeevent.(*)..").should().notDependOnEachOther().check(PRODUCT);
    }
}

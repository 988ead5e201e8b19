package io.postmortem.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The layout the README describes, kept so: dependencies point inward and never in a circle, the domain at the centre
 * knows nothing of Spring, HTTP or JDBC, the draft's life goes through {@code drafts}, and nothing of the tests (the
 * demo's fake site, WireMock) is in the production code.
 */
class ArchitectureTest {

    /** The pure domain: the document, its rules, the evidence reading, the section drafts and the rendering. */
    private static final String[] DOMAIN = {"io.postmortem.postmortem..", "io.postmortem.rules..",
            "io.postmortem.evidence..", "io.postmortem.render..", "io.postmortem.drafting.."};

    private static JavaClasses main;

    @BeforeAll
    static void importMain() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.postmortem");
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("io.postmortem.(*)..").should().beFreeOfCycles().check(main);
    }

    @Test
    void noPackageAtAnyDepthIsInACycle() {
        slices().matching("io.postmortem.(**)").should().beFreeOfCycles().check(main);
    }

    @Test
    void theDomainImportsNoSpringHttpOrJdbc() {
        noClasses().that().resideInAnyPackage(DOMAIN)
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.servlet..",
                        "java.sql..", "javax.sql..", "java.net.http..", "org.apache.hc..", "org.h2..", "org.postgresql..",
                        "com.github.kagkarlsson..", "org.flywaydb..", "com.nimbusds..")
                .because("postmortem, rules, evidence, drafting and render are plain Java at the centre")
                .check(main);
    }

    @Test
    void theDomainDependsOnNothingAroundIt() {
        noClasses().that().resideInAnyPackage(DOMAIN)
                .should().dependOnClassesThat().resideInAnyPackage("io.postmortem.atlassian..", "io.postmortem.connect..",
                        "io.postmortem.forge..", "io.postmortem.drafts..", "io.postmortem.intake..", "io.postmortem.jobs..",
                        "io.postmortem.webhooks..", "io.postmortem.panel..", "io.postmortem.publish..",
                        "io.postmortem.settings..", "io.postmortem.web..", "io.postmortem.ops..", "io.postmortem.home..")
                .because("dependencies point inward")
                .check(main);
    }

    @Test
    void panelPublishAndIntakeMeetOnlyInDrafts() {
        String[][] apart = {{"io.postmortem.panel..", "io.postmortem.publish.."}, {"io.postmortem.panel..", "io.postmortem.intake.."},
                {"io.postmortem.publish..", "io.postmortem.panel.."}, {"io.postmortem.publish..", "io.postmortem.intake.."},
                {"io.postmortem.intake..", "io.postmortem.panel.."}, {"io.postmortem.intake..", "io.postmortem.publish.."}};
        for (String[] pair : apart) {
            noClasses().that().resideInAPackage(pair[0]).should().dependOnClassesThat().resideInAPackage(pair[1])
                    .because("the draft has one home (drafts); its users do not call each other")
                    .check(main);
        }
    }

    @Test
    void productionCodeHoldsNothingOfTheTests() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("com.github.tomakehurst..", "org.wiremock..",
                        "io.postmortem.demo..", "io.postmortem.testsupport..", "org.junit..", "org.assertj..")
                .because("the demo's fake site and WireMock live on the test classpath only")
                .check(main);
        noClasses().should().resideInAPackage("io.postmortem.demo..").allowEmptyShould(true).check(main);
    }
}

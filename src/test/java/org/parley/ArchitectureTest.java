package org.parley;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;

import org.springframework.data.repository.Repository;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** Keeps the package-by-feature layout true as the code grows. */
class ArchitectureTest {

    private static final JavaClasses PARLEY = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.parley");

    @Test
    void featuresDoNotDependOnEachOtherInCycles() {
        slices().matching("org.parley.(*)..").should().beFreeOfCycles().check(PARLEY);
    }

    @Test
    void entitiesAndRepositoriesStayInsideTheirFeature() {
        classes().that().areAnnotatedWith(Entity.class).should().notBePublic().check(PARLEY);
        classes().that().areAssignableTo(Repository.class).should().notBePublic().check(PARLEY);
    }

    @Test
    void theWebLayerKnowsNoFeature() {
        noClasses().that().resideInAPackage("org.parley.web..")
            .should().dependOnClassesThat().resideInAnyPackage("org.parley.talk..", "org.parley.delegation..",
                "org.parley.statement..", "org.parley.keyissue..", "org.parley.process..", "org.parley.document..")
            .check(PARLEY);
    }

    @Test
    void servicesKnowNothingOfHttp() {
        noClasses().that().haveSimpleNameEndingWith("Service")
            .should().dependOnClassesThat().resideInAnyPackage("org.parley.web..", "org.springframework.web..", "org.springframework.http..")
            .check(PARLEY);
    }

    @Test
    void theDomainKnowsNeitherFeaturesNorTheWeb() {
        noClasses().that().resideInAPackage("org.parley.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("org.parley.web..", "org.parley.talk..", "org.parley.delegation..",
                "org.parley.statement..", "org.parley.keyissue..", "org.parley.process..", "org.parley.document..")
            .check(PARLEY);
    }
}

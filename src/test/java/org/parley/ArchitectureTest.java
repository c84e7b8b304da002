package org.parley;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;

import org.springframework.data.repository.Repository;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** Keeps the package-by-feature layout true as the code grows. */
class ArchitectureTest {

    private static final JavaClasses PARLEY = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.parley");

    /** What every feature may use; every other package under org.parley is a feature. */
    private static final Set<String> SHARED = Set.of("org.parley", "org.parley.web", "org.parley.domain", "org.parley.database", "org.parley.demo");

    private static final String[] FEATURES = { "org.parley.talk..", "org.parley.delegation..", "org.parley.statement..",
        "org.parley.keyissue..", "org.parley.process..", "org.parley.document..", "org.parley.person..", "org.parley.position..",
        "org.parley.standing..", "org.parley.change..", "org.parley.search..", "org.parley.access..", "org.parley.history.." };

    @Test
    void everyPackageIsAFeatureTheRulesBelowKnowOrSharedByAll() {
        Set<String> features = Stream.of(FEATURES).map(f -> f.substring(0, f.length() - 2)).collect(Collectors.toSet());
        assertThat(PARLEY.stream().map(JavaClass::getPackageName).distinct())
            .allSatisfy(pkg -> assertThat(SHARED.contains(pkg) || features.stream().anyMatch(f -> pkg.equals(f) || pkg.startsWith(f + ".")))
                .as("package %s is listed as a feature or as shared", pkg).isTrue());
    }

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
            .should().dependOnClassesThat().resideInAnyPackage(FEATURES)
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
            .should().dependOnClassesThat().resideInAnyPackage("org.parley.web..")
            .check(PARLEY);
        noClasses().that().resideInAPackage("org.parley.domain..")
            .should().dependOnClassesThat().resideInAnyPackage(FEATURES)
            .check(PARLEY);
    }
}

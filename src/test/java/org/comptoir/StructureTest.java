package org.comptoir;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.core.domain.JavaClass;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The package rules of docs/decisions/0003-feature-packages.md, checked on every build.
 */
class StructureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.comptoir");

    @Test
    void features_depend_on_each_other_only_through_their_public_api_and_without_cycles() {
        ApplicationModules.of(ComptoirApplication.class).verify();
    }

    @Test
    void views_never_touch_a_repository() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .check(CLASSES);
    }

    @Test
    void repositories_are_used_only_by_transactional_services() {
        classes().that().areAssignableTo(Repository.class).and().areInterfaces()
                .should(onlyBeUsedByTransactionalServices())
                .check(CLASSES);
    }

    @Test
    void every_view_says_who_may_open_it() {
        classes().that().areAnnotatedWith(Route.class)
                .should().beAnnotatedWith(RolesAllowed.class)
                .orShould().beAnnotatedWith(PermitAll.class)
                .orShould().beAnnotatedWith(AnonymousAllowed.class)
                .check(CLASSES);
    }

    @Test
    void public_service_methods_declare_who_may_call_them() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods()
                .that().areDeclaredInClassesThat().areAnnotatedWith(Service.class)
                .and().arePublic()
                .and().areDeclaredInClassesThat().haveSimpleNameEndingWith("Service")
                .and().areDeclaredInClassesThat().arePublic()
                .should().beAnnotatedWith(org.springframework.security.access.prepost.PreAuthorize.class)
                .check(CLASSES);
    }

    private static ArchCondition<JavaClass> onlyBeUsedByTransactionalServices() {
        return new ArchCondition<>("only be used by @Transactional services") {
            @Override
            public void check(JavaClass repository, ConditionEvents events) {
                repository.getAccessesToSelf().forEach(access -> {
                    var caller = access.getOrigin();
                    var owner = caller.getOwner();
                    // a private helper is reached only through its class's transactional methods
                    boolean transactional = caller.isAnnotatedWith(Transactional.class)
                            || owner.isAnnotatedWith(Transactional.class)
                            || caller.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.PRIVATE)
                            && owner.getMethods().stream().anyMatch(m -> m.isAnnotatedWith(Transactional.class));
                    if (!transactional) {
                        events.add(SimpleConditionEvent.violated(access,
                                caller.getFullName() + " uses " + repository.getSimpleName()
                                        + " outside a @Transactional method"));
                    }
                });
            }
        };
    }
}

package org.comptoir;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The package rules of docs/decisions/0003-feature-packages.md, checked on every build.
 */
class StructureTest {

    private static final Pattern WRITES_INTERACTIONS = Pattern.compile(
            "(?i)\\b(insert\\s+(ignore\\s+)?into|replace\\s+into|update|delete\\s+from|truncate(\\s+table)?)\\s+`?interaction\\w*");
    private static final Pattern AGGREGATE_TABLE =
            Pattern.compile("(?i)\\breport_(origin|stay|topic|staff|hours|pick|outbox\\w*)\\b");
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.comptoir");

    @Test
    void features_depend_on_each_other_only_through_their_public_api_and_without_cycles() {
        ApplicationModules.of(ComptoirApplication.class).verify();
    }

    @Test
    void views_never_touch_a_repository() {
        noClasses()
                .that()
                .resideInAPackage("..ui..")
                .should()
                .dependOnClassesThat()
                .areAssignableTo(Repository.class)
                .check(CLASSES);
    }

    @Test
    void repositories_are_used_only_by_transactional_services() {
        classes()
                .that()
                .areAssignableTo(Repository.class)
                .and()
                .areInterfaces()
                .should(onlyBeUsedByTransactionalServices())
                .check(CLASSES);
    }

    @Test
    void every_view_says_who_may_open_it() {
        classes()
                .that()
                .areAnnotatedWith(Route.class)
                .should()
                .beAnnotatedWith(RolesAllowed.class)
                .orShould()
                .beAnnotatedWith(PermitAll.class)
                .orShould()
                .beAnnotatedWith(AnonymousAllowed.class)
                .check(CLASSES);
    }

    @Test
    void public_service_methods_declare_who_may_call_them() {
        ArchRuleDefinition.methods()
                .that()
                .areDeclaredInClassesThat()
                .areAnnotatedWith(Service.class)
                .and()
                .arePublic()
                .and()
                .areDeclaredInClassesThat()
                .haveSimpleNameEndingWith("Service")
                .and()
                .areDeclaredInClassesThat()
                .arePublic()
                .should()
                .beAnnotatedWith(PreAuthorize.class)
                .check(CLASSES);
    }

    /**
     * "Today" comes from the {@code Clock} bean, so that a test can choose its day and a test's result never
     * depends on the day it runs: no {@code now()} without a clock, no {@code new Date()}, no
     * {@code System.currentTimeMillis()}, no system clock but the bean's own.
     */
    @Test
    void production_code_reads_the_time_only_from_the_clock_bean() {
        noClasses().should(readTheMachinesClock()).check(CLASSES);
    }

    private static final Set<String> TIME_TYPES = Set.of(
            LocalDate.class.getName(),
            LocalDateTime.class.getName(),
            LocalTime.class.getName(),
            Instant.class.getName(),
            ZonedDateTime.class.getName(),
            OffsetDateTime.class.getName(),
            YearMonth.class.getName(),
            Year.class.getName(),
            MonthDay.class.getName());

    private static ArchCondition<JavaClass> readTheMachinesClock() {
        return new ArchCondition<>("read the machine's clock") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                for (JavaCall<?> call : calls(item)) {
                    var target = call.getTarget();
                    var owner = target.getOwner().getName();
                    var parameters = target.getRawParameterTypes().stream()
                            .map(JavaClass::getName)
                            .toList();
                    boolean violation = TIME_TYPES.contains(owner)
                                    && target.getName().equals("now")
                                    && !parameters.equals(List.of(Clock.class.getName()))
                            || owner.equals(Date.class.getName())
                                    && target.getName().equals("<init>")
                                    && parameters.isEmpty()
                            || owner.equals(System.class.getName())
                                    && target.getName().equals("currentTimeMillis")
                            || owner.equals(Clock.class.getName())
                                    && target.getName().startsWith("system")
                                    && !item.getSimpleName().equals("ClockConfiguration");
                    if (violation) {
                        events.add(SimpleConditionEvent.violated(call, call.getDescription()));
                    }
                }
            }
        };
    }

    private static List<JavaCall<?>> calls(JavaClass item) {
        var calls = new ArrayList<JavaCall<?>>(item.getMethodCallsFromSelf());
        calls.addAll(item.getConstructorCallsFromSelf());
        return calls;
    }

    @Test
    void contact_details_know_neither_follow_ups_nor_the_rights_of_the_people_concerned() {
        noClasses()
                .that()
                .resideInAPackage("org.comptoir.contact..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.comptoir.followup..", "org.comptoir.personaldata..")
                .check(CLASSES);
    }

    @Test
    void nothing_outside_visit_writes_the_interaction_tables() throws IOException {
        assertThat(mainSourcesSaying(WRITES_INTERACTIONS, "org/comptoir/visit/"))
                .as("INSERT, UPDATE or DELETE on interaction tables outside visit")
                .isEmpty();
    }

    @Test
    void nothing_outside_report_aggregate_names_an_aggregate_table() throws IOException {
        assertThat(mainSourcesSaying(AGGREGATE_TABLE, "org/comptoir/report/aggregate/"))
                .as("aggregate tables named outside report.aggregate")
                .isEmpty();
    }

    /**
     * The demo (its generator, loader and command) is for the run command and the tests: the production jar
     * leaves it out (ADR 0013), and nothing else needs it, so that the jar starts without it.
     */
    @Test
    void the_demo_is_left_out_of_the_production_jar_and_nothing_else_needs_it() throws Exception {
        var pom = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(Path.of("pom.xml").toFile());
        var excluded = (String) XPathFactory.newInstance()
                .newXPath()
                .evaluate(
                        "/project/profiles/profile[id='production']"
                                + "/build/plugins/plugin[artifactId='maven-jar-plugin']/configuration/excludes/exclude",
                        pom,
                        XPathConstants.STRING);
        assertThat(excluded).isEqualTo("org/comptoir/demo/**");
        noClasses()
                .that()
                .resideOutsideOfPackage("org.comptoir.demo..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.comptoir.demo..")
                .check(CLASSES);
        try (var resources = Files.walk(Path.of("src/main/resources"))) {
            var naming = resources
                    .filter(Files::isRegularFile)
                    .filter(file -> {
                        try {
                            return Files.readString(file).contains("org.comptoir.demo");
                        } catch (IOException binary) {
                            return false;
                        }
                    })
                    .toList();
            assertThat(naming).as("main resources naming a demo class").isEmpty();
        }
    }

    /** The main source files outside {@code allowedFolder} with a line that matches, as "file: line". */
    private static List<String> mainSourcesSaying(Pattern pattern, String allowedFolder) throws IOException {
        var root = Path.of("src/main/java");
        try (var files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file ->
                            !root.relativize(file).toString().replace('\\', '/').startsWith(allowedFolder))
                    .flatMap(file -> {
                        try {
                            return Files.readAllLines(file).stream()
                                    .filter(line -> pattern.matcher(line).find())
                                    .map(line -> root.relativize(file) + ": " + line.strip());
                        } catch (IOException unreadable) {
                            throw new UncheckedIOException(unreadable);
                        }
                    })
                    .toList();
        }
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
                            || caller.getModifiers().contains(JavaModifier.PRIVATE)
                                    && owner.getMethods().stream()
                                            .anyMatch(m -> m.isAnnotatedWith(Transactional.class));
                    if (!transactional) {
                        events.add(SimpleConditionEvent.violated(
                                access,
                                caller.getFullName() + " uses " + repository.getSimpleName()
                                        + " outside a @Transactional method"));
                    }
                });
            }
        };
    }
}

package org.comptoir.security;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.StandardEvaluationContext;
import org.springframework.security.access.expression.SecurityExpressionRoot;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;

/** The named role expressions: each admits whom its name says, and the services use nothing else. */
class AppRolesTest {

    private static final Set<String> EXPRESSIONS =
            Set.of(AppRoles.ANYONE, AppRoles.SIGNED_IN, AppRoles.STAFF, AppRoles.MANAGERS, AppRoles.ADMINS);

    @Test
    void a_counsellor_is_staff_but_neither_a_manager_nor_an_admin() {
        var counsellor = holding(AppRoles.COUNSELLOR);
        assertThat(admits(AppRoles.SIGNED_IN, counsellor)).isTrue();
        assertThat(admits(AppRoles.STAFF, counsellor)).isTrue();
        assertThat(admits(AppRoles.MANAGERS, counsellor)).isFalse();
        assertThat(admits(AppRoles.ADMINS, counsellor)).isFalse();
    }

    @Test
    void a_director_is_a_manager_but_not_an_admin() {
        var director = holding(AppRoles.DIRECTOR);
        assertThat(admits(AppRoles.STAFF, director)).isTrue();
        assertThat(admits(AppRoles.MANAGERS, director)).isTrue();
        assertThat(admits(AppRoles.ADMINS, director)).isFalse();
    }

    @Test
    void an_admin_passes_every_expression() {
        var admin = holding(AppRoles.ADMIN);
        assertThat(EXPRESSIONS)
                .allSatisfy(expression -> assertThat(admits(expression, admin)).isTrue());
    }

    @Test
    void someone_signed_in_without_a_role_is_not_staff() {
        var nobody = holding();
        assertThat(admits(AppRoles.SIGNED_IN, nobody)).isTrue();
        assertThat(admits(AppRoles.STAFF, nobody)).isFalse();
    }

    @Test
    void someone_signed_out_passes_only_anyone() {
        var anonymous = new AnonymousAuthenticationToken(
                "key", "anonymous", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
        assertThat(admits(AppRoles.ANYONE, anonymous)).isTrue();
        assertThat(admits(AppRoles.SIGNED_IN, anonymous)).isFalse();
        assertThat(admits(AppRoles.STAFF, anonymous)).isFalse();
    }

    @Test
    void every_service_method_names_one_of_the_expressions_instead_of_writing_its_own() {
        var classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.comptoir");
        methods()
                .that()
                .areAnnotatedWith(PreAuthorize.class)
                .should(new ArchCondition<>("name one of the expressions of AppRoles") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        var expression =
                                method.getAnnotationOfType(PreAuthorize.class).value();
                        events.add(new SimpleConditionEvent(
                                method,
                                EXPRESSIONS.contains(expression),
                                method.getFullName() + " writes its own \"" + expression + "\""));
                    }
                })
                .check(classes);
    }

    private static Authentication holding(String... roles) {
        var authorities = AuthorityUtils.createAuthorityList(
                Arrays.stream(roles).map(role -> "ROLE_" + role).toList());
        return UsernamePasswordAuthenticationToken.authenticated("someone", null, authorities);
    }

    private static boolean admits(String expression, Authentication authentication) {
        var root = new SecurityExpressionRoot<Object>(authentication) {};
        return Boolean.TRUE.equals(new SpelExpressionParser()
                .parseExpression(expression)
                .getValue(new StandardEvaluationContext(root), Boolean.class));
    }
}

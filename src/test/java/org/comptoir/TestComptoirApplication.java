package org.comptoir;

import org.springframework.boot.SpringApplication;

/**
 * The run command ({@code ./mvnw}, i.e. {@code spring-boot:test-run}): Comptoir in demo mode on a
 * MariaDB the project starts itself, with its data kept in {@code .comptoir-data/} between runs.
 */
public class TestComptoirApplication {

    public static void main(String[] args) {
        SpringApplication.from(ComptoirApplication::main)
                .withAdditionalProfiles("demo")
                .run(args);
    }
}

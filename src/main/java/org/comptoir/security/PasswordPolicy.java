package org.comptoir.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a password must be: at least 12 characters and at most 72 bytes in UTF-8, not one of the passwords
 * everybody tries first (even with digits or symbols added at the end: 30,000 leaked ones, see
 * {@code security/common-passwords.txt}), not the user name, not one repeated character.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    /** BCrypt reads no more than 72 bytes of a password, and refuses to hash a longer one. */
    public static final int MAX_BYTES = 72;

    private final Set<String> common;

    PasswordPolicy() {
        try (var in = new ClassPathResource("security/common-passwords.txt").getInputStream()) {
            common = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Translation keys of what is wrong with this password; empty when it is acceptable. */
    public List<String> problems(String username, String password) {
        var problems = new ArrayList<String>();
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            // BCrypt would throw: say it first, the other rules would not help
            return List.of("password.too-long");
        }
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            problems.add("password.too-short");
        }
        var lower = password.toLowerCase(Locale.ROOT);
        var stem = lower.replaceAll("[\\d\\W_]+$", "").replaceAll("^[\\d\\W_]+", "");
        if (common.contains(lower) || common.contains(stem) || isSequenceOrRepeat(lower)) {
            problems.add("password.too-common");
        }
        if (!username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            problems.add("password.contains-username");
        }
        return problems;
    }

    int commonPasswordCount() {
        return common.size();
    }

    private static boolean isSequenceOrRepeat(String password) {
        if (password.length() < 2) {
            return false;
        }
        boolean repeat = true;
        boolean ascending = true;
        boolean descending = true;
        for (int i = 1; i < password.length(); i++) {
            int step = password.charAt(i) - password.charAt(i - 1);
            repeat &= step == 0;
            ascending &= step == 1 || (password.charAt(i - 1) == '9' && password.charAt(i) == '0');
            descending &= step == -1;
        }
        return repeat || ascending || descending;
    }
}

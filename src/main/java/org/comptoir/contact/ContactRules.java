package org.comptoir.contact;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What makes contact details acceptable, shared by the desk section (messages next to the fields) and the
 * service (which refuses anything else), and the search keys a rights request looks people up by.
 */
public final class ContactRules {

    public static final int MAX_NAME = 120;
    public static final int MAX_EMAIL = 254;
    public static final int MAX_PHONE = 40;
    public static final int MAX_POSTAL_CODE = 10;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ().\\-]+");
    private static final Pattern POSTAL_CODE = Pattern.compile("[A-Za-z0-9 \\-]+");

    private ContactRules() {}

    /** Field ("consent", "name", "email", "phone", "postalCode") → translation key of what is wrong. */
    public static Map<String, String> problems(ContactDraft draft) {
        var problems = new LinkedHashMap<String, String>();
        if (!draft.consented()) {
            problems.put("consent", "contact.consent.required");
            return problems;
        }
        var name = blankToNull(draft.name());
        if (name != null && name.length() > MAX_NAME) {
            problems.put("name", "contact.name.too-long");
        }
        emailProblem(draft.email()).ifPresent(key -> problems.put("email", key));
        phoneProblem(draft.phone()).ifPresent(key -> problems.put("phone", key));
        postalCodeProblem(draft.postalCode()).ifPresent(key -> problems.put("postalCode", key));
        var email = blankToNull(draft.email());
        var phone = blankToNull(draft.phone());
        if (draft.consentNewsletter() && email == null) {
            problems.putIfAbsent("email", "contact.email.required-for-newsletter");
        }
        if (draft.consentReply() && email == null && phone == null) {
            problems.putIfAbsent("email", "contact.reach.required");
            problems.putIfAbsent("phone", "contact.reach.required");
        }
        return problems;
    }

    /** What is wrong with an e-mail address as typed, if anything (blank is fine here). */
    public static Optional<String> emailProblem(@Nullable String raw) {
        var email = blankToNull(raw);
        if (email == null) {
            return Optional.empty();
        }
        return email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches()
                ? Optional.of("contact.email.invalid")
                : Optional.empty();
    }

    /** What is wrong with a phone number as typed, if anything (blank is fine here). */
    public static Optional<String> phoneProblem(@Nullable String raw) {
        var phone = blankToNull(raw);
        if (phone == null) {
            return Optional.empty();
        }
        var digits = phone.replaceAll("[^0-9]", "").length();
        return phone.length() > MAX_PHONE || !PHONE.matcher(phone).matches() || digits < 6 || digits > 15
                ? Optional.of("contact.phone.invalid")
                : Optional.empty();
    }

    /** What is wrong with a postal code as typed, if anything (blank is fine here). */
    public static Optional<String> postalCodeProblem(@Nullable String raw) {
        var postalCode = blankToNull(raw);
        return postalCode != null
                        && (postalCode.length() > MAX_POSTAL_CODE
                                || !POSTAL_CODE.matcher(postalCode).matches())
                ? Optional.of("contact.postal-code.invalid")
                : Optional.empty();
    }

    public static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

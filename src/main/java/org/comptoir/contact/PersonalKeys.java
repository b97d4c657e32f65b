package org.comptoir.contact;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The forms of an e-mail address and a phone number that a rights request searches by
 * ({@code contact.email_key}, {@code contact.phone_key}): however the counsellor typed them, the
 * same person gives the same key.
 */
public final class PersonalKeys {

    private PersonalKeys() {}

    /** The e-mail address trimmed and lower-cased; null when nothing was typed. */
    public static @Nullable String emailKey(@Nullable String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * The phone number's digits in international form without "+": "06 12 34 56 78",
     * "+33 6 12 34 56 78", "0033 (0)6 12 34 56 78" all give "33612345678"; a foreign number keeps its
     * country code ("+49 30 1234567" → "49301234567"). Null when there is no digit.
     */
    public static @Nullable String phoneKey(@Nullable String phone) {
        if (phone == null) {
            return null;
        }
        var digits = phone.replaceAll("\\D", "");
        if (digits.isEmpty()) {
            return null;
        }
        if (digits.startsWith("00")) {
            digits = digits.substring(2);
        } else if (digits.length() == 10 && digits.startsWith("0")) {
            // a French national number: 0X XX XX XX XX
            return "33" + digits.substring(1);
        }
        if (digits.startsWith("330") && digits.length() == 12) {
            // "+33 (0)6…": the trunk 0 written after the country code
            return "33" + digits.substring(3);
        }
        return digits;
    }

    /** The key a search string stands for: an e-mail key when it has an "@", a phone key otherwise. */
    public static @Nullable String searchKey(@Nullable String emailOrPhone) {
        if (emailOrPhone != null && emailOrPhone.contains("@")) {
            return emailKey(emailOrPhone);
        }
        return phoneKey(emailOrPhone);
    }
}

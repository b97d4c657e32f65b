package org.comptoir.base;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Seals the secrets Comptoir must keep in its database and send on (the DATAtourisme feed's key) with
 * AES-GCM under a key that lives only in the environment ({@code comptoir.secret-key}, or
 * {@code COMPTOIR_SECRET_KEY}: 32 random bytes in Base64). Whoever reads the database, or a backup of it,
 * does not read the secrets. Without a key nothing is sealed: what needs one is refused with
 * {@code secret-key.missing}.
 */
@Component
public class SecretBox {

    /** What a sealed value starts with: the format's version, so that another one can follow. */
    static final String PREFIX = "v1:";

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final @Nullable SecretKey key;
    private final SecureRandom random = new SecureRandom();

    public SecretBox(@Value("${comptoir.secret-key:}") String base64Key) {
        this.key = base64Key.isBlank() ? null : key(base64Key.strip());
    }

    private static SecretKey key(String base64Key) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64Key);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("comptoir.secret-key (COMPTOIR_SECRET_KEY) is not Base64:"
                    + " make one with 'openssl rand -base64 32'");
        }
        if (bytes.length != 32) {
            throw new IllegalStateException("comptoir.secret-key (COMPTOIR_SECRET_KEY) must be 32 bytes in Base64,"
                    + " not " + bytes.length + ": make one with 'openssl rand -base64 32'");
        }
        return new SecretKeySpec(bytes, "AES");
    }

    /** A key is set: secrets can be kept. */
    public boolean ready() {
        return key != null;
    }

    /** The secret sealed for the database; refused with {@code secret-key.missing} without a key. */
    public String seal(String clear) {
        var sealing = requireKey();
        var iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, sealing, new GCMParameterSpec(TAG_BITS, iv));
            var sealed = cipher.doFinal(clear.getBytes(StandardCharsets.UTF_8));
            return PREFIX
                    + Base64.getEncoder()
                            .encodeToString(ByteBuffer.allocate(iv.length + sealed.length)
                                    .put(iv)
                                    .put(sealed)
                                    .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "AES-GCM is not available: " + e.getClass().getSimpleName());
        }
    }

    /**
     * The secret in clear; refused with {@code secret-key.missing} without a key, and with
     * {@code secret-key.wrong} when the value was sealed under another key (or changed).
     */
    public String open(String sealed) {
        var opening = requireKey();
        if (!sealed.startsWith(PREFIX)) {
            throw new RuleViolation("secret-key.wrong");
        }
        try {
            var bytes = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, opening, new GCMParameterSpec(TAG_BITS, bytes, 0, IV_BYTES));
            return new String(cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new RuleViolation("secret-key.wrong");
        }
    }

    private SecretKey requireKey() {
        if (key == null) {
            throw new RuleViolation("secret-key.missing");
        }
        return key;
    }
}

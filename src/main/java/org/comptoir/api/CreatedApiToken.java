package org.comptoir.api;

/** A token just created, with its secret: shown once, then only its hash is kept. */
public record CreatedApiToken(ApiTokenDetails token, String secret) {}

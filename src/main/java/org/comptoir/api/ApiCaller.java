package org.comptoir.api;

import java.util.Set;

/** The token a request came with, once checked: who it acts as and what it may do. */
public record ApiCaller(long tokenId, String tokenName, long deskId, int perMinute, Set<ApiScope> scopes) {

    /** What the names of tokens start with where a user name would stand (interactions, audit lines). */
    public static final String PREFIX = "api:";

    public ApiCaller {
        scopes = Set.copyOf(scopes);
    }

    public String principalName() {
        return PREFIX + tokenName;
    }
}

package org.comptoir.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.comptoir.base.RateBucket;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Each token's requests a minute, as a token bucket: up to its limit at once, then refilled evenly over the
 * minute. Over it: 429 with {@code Retry-After}, the seconds until the next request is taken. Kept in memory,
 * per instance: two instances each allow the limit (decision 0021).
 */
final class ApiRateLimit extends OncePerRequestFilter {

    private final Clock clock;
    private final Map<Long, RateBucket> buckets = new ConcurrentHashMap<>();

    ApiRateLimit(Clock clock) {
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof ApiTokenFilter.TokenAuthentication token) {
            var caller = token.getPrincipal();
            var bucket = buckets.computeIfAbsent(caller.tokenId(), id -> new RateBucket(caller.perMinute(), now()));
            var wait = bucket.take(caller.perMinute(), now());
            if (wait > 0) {
                response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf((long) Math.ceil(wait / 1000.0)));
                var problem = ApiProblems.problem(
                        HttpStatus.TOO_MANY_REQUESTS,
                        "rate-limited",
                        "this token may send " + caller.perMinute() + " requests a minute");
                problem.setProperty("limitPerMinute", caller.perMinute());
                ApiProblems.write(request, response, problem);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private long now() {
        return clock.millis();
    }
}

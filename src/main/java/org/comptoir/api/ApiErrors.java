package org.comptoir.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The API chain's first filter: whatever escapes the filters after it (the token check when the database is
 * out of connections) is answered as a problem, never by the application's error page (which, being outside
 * the API's chain, would send the caller to the login page).
 */
final class ApiErrors extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    /** Seconds a caller waits before retrying when the database is busy or away. */
    static final String RETRY_BUSY = "1";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException failure) {
            var cause = failure instanceof ServletException servlet && servlet.getRootCause() != null
                    ? servlet.getRootCause()
                    : failure;
            if (response.isCommitted()) {
                log.warn(
                        "API request {} {} failed after its answer began",
                        request.getMethod(),
                        request.getRequestURI(),
                        cause);
                return;
            }
            response.reset();
            if (busy(cause)) {
                log.warn(
                        "API request {} {} refused: the database is busy ({})",
                        request.getMethod(),
                        request.getRequestURI(),
                        cause.getMessage());
                response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_BUSY);
                ApiProblems.write(request, response, unavailable());
            } else {
                log.error("API request {} {} failed", request.getMethod(), request.getRequestURI(), cause);
                ApiProblems.write(
                        request,
                        response,
                        ApiProblems.problem(
                                HttpStatus.INTERNAL_SERVER_ERROR,
                                "internal",
                                "the request failed; it is in the server's log"));
            }
        }
    }

    /** No connection to be had in time, or the database away: worth retrying in a moment. */
    static boolean busy(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CannotCreateTransactionException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof TransientDataAccessException) {
                return true;
            }
        }
        return false;
    }

    static ProblemDetail unavailable() {
        return ApiProblems.problem(
                HttpStatus.SERVICE_UNAVAILABLE,
                "unavailable",
                "the database is busy or away: send the request again in a moment");
    }
}

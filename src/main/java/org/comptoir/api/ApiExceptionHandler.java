package org.comptoir.api;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.comptoir.base.RuleViolation;
import org.comptoir.base.Translations;
import org.comptoir.visit.EditConflict;
import org.comptoir.visit.InteractionInvalid;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the API's controllers as RFC 9457 problem+json: Spring's own (wrong parameter types, unknown
 * paths, wrong methods) and the features' refusals, with the field in error named and the rule's message in
 * the caller's language (Accept-Language; English when none is asked).
 */
@RestControllerAdvice(basePackageClasses = ApiExceptionHandler.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    /** The service's field names where the API's differ (the desk form's components are named otherwise). */
    private static final Map<String, String> API_FIELDS = Map.of("questions", "questionIds", "desk", "deskId");

    private final Translations translations;

    ApiExceptionHandler(Translations translations) {
        this.translations = translations;
    }

    @ExceptionHandler(ApiJson.BadBody.class)
    ResponseEntity<Object> badBody(ApiJson.BadBody bad, HttpServletRequest request) {
        return answer(bad.problem(), request);
    }

    @ExceptionHandler(ApiControllers.BadParameter.class)
    ResponseEntity<Object> badParameter(ApiControllers.BadParameter bad, HttpServletRequest request) {
        var problem = ApiProblems.problem(HttpStatus.BAD_REQUEST, "bad-parameter", bad.getMessage());
        problem.setProperty("parameter", bad.parameter());
        return answer(problem, request);
    }

    @ExceptionHandler(ApiControllers.UnsupportedType.class)
    ResponseEntity<Object> unsupported(ApiControllers.UnsupportedType unsupported, HttpServletRequest request) {
        var problem = ApiProblems.problem(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "the body must be application/json");
        var response = answer(problem, request);
        return ResponseEntity.status(response.getStatusCode())
                .headers(response.getHeaders())
                .header(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
                .body(response.getBody());
    }

    @ExceptionHandler(InteractionInvalid.class)
    ResponseEntity<Object> invalidInteraction(InteractionInvalid invalid, HttpServletRequest request) {
        return answer(fieldProblem(invalid.fieldErrors(), request), request);
    }

    @ExceptionHandler(EditConflict.class)
    ResponseEntity<Object> conflict(EditConflict conflict, HttpServletRequest request) {
        return answer(
                ApiProblems.problem(
                        HttpStatus.CONFLICT,
                        "conflict",
                        translate(conflict.messageKey(), request, conflict.arguments())),
                request);
    }

    @ExceptionHandler(ApiInteractionService.IdempotencyProblem.class)
    ResponseEntity<Object> idempotency(ApiInteractionService.IdempotencyProblem problem, HttpServletRequest request) {
        return answer(
                problem.inFlight()
                        ? ApiProblems.problem(
                                HttpStatus.CONFLICT,
                                "idempotency-in-flight",
                                "a request with this Idempotency-Key is being saved: send it again in a moment")
                        : ApiProblems.problem(
                                HttpStatus.UNPROCESSABLE_CONTENT,
                                "idempotency-key-reused",
                                "this Idempotency-Key was used for another body"),
                request);
    }

    @ExceptionHandler(RuleViolation.class)
    ResponseEntity<Object> rule(RuleViolation violation, HttpServletRequest request) {
        var notFound = violation.messageKey().endsWith("not-found");
        var problem = ApiProblems.problem(
                notFound ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST,
                notFound ? "not-found" : "invalid",
                translate(violation.messageKey(), request, violation.arguments()));
        problem.setProperty("code", violation.messageKey());
        return answer(problem, request);
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<Object> integrity(DataIntegrityViolationException violation, HttpServletRequest request) {
        log.info(
                "API request refused by the database: {}",
                violation.getMostSpecificCause().getMessage());
        return answer(
                ApiProblems.problem(
                        HttpStatus.BAD_REQUEST,
                        "unknown-reference",
                        "an id in the request (interestIds, questionIds, pickIds, deskId) names nothing"),
                request);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> denied(AccessDeniedException denied, HttpServletRequest request) {
        return answer(ApiProblems.problem(HttpStatus.FORBIDDEN, "forbidden", "this token may not do this"), request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception error, HttpServletRequest request) {
        if (ApiErrors.busy(error)) {
            log.warn(
                    "API request {} {} refused: the database is busy ({})",
                    request.getMethod(),
                    request.getRequestURI(),
                    error.getMessage());
            var busy = answer(ApiErrors.unavailable(), request);
            return ResponseEntity.status(busy.getStatusCode())
                    .headers(busy.getHeaders())
                    .header(HttpHeaders.RETRY_AFTER, ApiErrors.RETRY_BUSY)
                    .body(busy.getBody());
        }
        log.error("API request {} {} failed", request.getMethod(), request.getRequestURI(), error);
        return answer(
                ApiProblems.problem(
                        HttpStatus.INTERNAL_SERVER_ERROR, "internal", "the request failed; it is in the server's log"),
                request);
    }

    /** A query parameter of the wrong type ({@code channel=BUS}, {@code page=two}): 400 naming it. */
    @Override
    protected @Nullable ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException mismatch, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var name = mismatch instanceof MethodArgumentTypeMismatchException argument
                ? argument.getName()
                : mismatch.getPropertyName();
        var problem = ApiProblems.problem(
                HttpStatus.BAD_REQUEST, "bad-parameter", "wrong value for " + name + ": " + mismatch.getValue());
        problem.setProperty("parameter", name);
        return handleExceptionInternal(mismatch, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    /** Spring's own problems (unknown path, wrong method…): the same shape, with a type of ours. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception error, @Nullable Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var problem = body instanceof ProblemDetail given
                ? given
                : ProblemDetail.forStatusAndDetail(status, error.getMessage());
        if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
            problem.setType(URI.create(ApiProblems.TYPES + slug(status)));
        }
        var response = super.handleExceptionInternal(error, problem, headers, status, request);
        return ResponseEntity.status(status)
                .headers(response == null ? headers : response.getHeaders())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private ProblemDetail fieldProblem(Map<String, String> fieldErrors, HttpServletRequest request) {
        var errors = fieldErrors.entrySet().stream()
                .map(e -> {
                    var error = new LinkedHashMap<String, String>();
                    error.put("field", API_FIELDS.getOrDefault(e.getKey(), e.getKey()));
                    error.put("code", e.getValue());
                    error.put("message", translate(e.getValue(), request));
                    return error;
                })
                .sorted((a, b) -> a.get("field").compareTo(b.get("field")))
                .toList();
        var problem = ApiProblems.problem(
                HttpStatus.BAD_REQUEST,
                "invalid",
                "refused: "
                        + String.join(
                                ", ", errors.stream().map(e -> e.get("field")).toList()));
        problem.setProperty("errors", List.copyOf(errors));
        return problem;
    }

    private ResponseEntity<Object> answer(ProblemDetail problem, HttpServletRequest request) {
        problem.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private String translate(String key, HttpServletRequest request, Object... arguments) {
        return translations.getTranslation(key, locale(request), arguments);
    }

    /** The caller's language when they ask for one, English otherwise (tools are read by developers). */
    static Locale locale(HttpServletRequest request) {
        return request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) == null
                ? Translations.ENGLISH
                : Translations.supported(request.getLocale());
    }

    private static String slug(HttpStatusCode status) {
        var known = HttpStatus.resolve(status.value());
        return known == null
                ? String.valueOf(status.value())
                : known.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}

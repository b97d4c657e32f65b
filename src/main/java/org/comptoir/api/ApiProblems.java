package org.comptoir.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * RFC 9457 problem details, for every error the API answers: one {@code type} per kind of problem, under
 * {@link #TYPES}. The filters before the controllers write them with {@link #write}; the controllers' errors
 * go through {@link ApiExceptionHandler}.
 */
final class ApiProblems {

    /** Where the problem types are named; the OpenAPI page describes each. */
    static final String TYPES = "https://comptoir.example/problems/";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ApiProblems() {}

    static ProblemDetail problem(HttpStatus status, String type, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPES + type));
        problem.setTitle(status.getReasonPhrase());
        return problem;
    }

    /** Writes a problem straight to the response: for the filters, which answer before any controller. */
    static void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        var body = new LinkedHashMap<String, Object>();
        body.put("type", String.valueOf(problem.getType()));
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        body.put("instance", request.getRequestURI());
        Map<String, Object> properties = problem.getProperties();
        if (properties != null) {
            body.putAll(properties);
        }
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        // bytes, not the writer: the type stays as the controllers' problems have it, without a charset
        response.getOutputStream().write(JSON.writeValueAsBytes(body));
        response.flushBuffer();
    }
}

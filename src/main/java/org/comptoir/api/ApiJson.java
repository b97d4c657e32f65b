package org.comptoir.api;

import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads request bodies strictly: an unknown field, a string where a number goes, a null for a number are
 * refused, naming the field; a client learns of its typo rather than having the field ignored.
 */
final class ApiJson {

    private static final JsonMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();

    private ApiJson() {}

    static <T> T read(byte[] body, Class<T> type) {
        if (body.length == 0) {
            throw new BadBody(ApiProblems.problem(HttpStatus.BAD_REQUEST, "bad-json", "the request has no body"));
        }
        try {
            return STRICT.readValue(body, type);
        } catch (UnrecognizedPropertyException unknown) {
            var problem = ApiProblems.problem(
                    HttpStatus.BAD_REQUEST, "unknown-field", "unknown field: " + unknown.getPropertyName());
            problem.setProperty("field", path(unknown));
            throw new BadBody(problem);
        } catch (StreamReadException syntax) {
            throw new BadBody(ApiProblems.problem(
                    HttpStatus.BAD_REQUEST,
                    "bad-json",
                    "the body is not valid JSON (line " + syntax.getLocation().getLineNr() + ", column "
                            + syntax.getLocation().getColumnNr() + ")"));
        } catch (JacksonException wrong) {
            var field = path(wrong);
            var problem = ApiProblems.problem(
                    HttpStatus.BAD_REQUEST,
                    "wrong-type",
                    field.isEmpty()
                            ? "the body must be a JSON object"
                            : "wrong value for " + field + ": " + wrong.getOriginalMessage());
            problem.setProperty("field", field);
            throw new BadBody(problem);
        }
    }

    /** The field in error, e.g. "interestIds[2]" or "adults". */
    private static String path(JacksonException error) {
        return error.getPath().stream()
                .map(reference -> reference.getPropertyName() != null
                        ? "." + reference.getPropertyName()
                        : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining())
                .replaceFirst("^\\.", "");
    }

    /** A body the API cannot read: answered 400 with its problem. */
    static final class BadBody extends RuntimeException {

        private final transient ProblemDetail problem;

        BadBody(ProblemDetail problem) {
            super(problem.getDetail(), null, false, false);
            this.problem = problem;
        }

        ProblemDetail problem() {
            return problem;
        }
    }
}

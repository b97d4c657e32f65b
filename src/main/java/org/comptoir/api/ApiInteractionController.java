package org.comptoir.api;

import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import org.comptoir.visit.Channel;
import org.comptoir.visit.HistoryFilter;
import org.comptoir.visit.InteractionDetails;
import org.comptoir.visit.VisitService;
import org.comptoir.visit.VisitorType;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.json.JsonMapper;

/** {@code /api/v1/interactions}: record one as the desk does, read the history as directors do. */
@RestController
@RequestMapping(ApiSecurityConfiguration.BASE + "/interactions")
class ApiInteractionController {

    static final int MAX_PAGE_SIZE = 200;
    static final int MAX_KEY = 200;

    private final ApiInteractionService api;
    private final VisitService visits;
    private final JsonMapper json;

    ApiInteractionController(ApiInteractionService api, VisitService visits, JsonMapper json) {
        this.api = api;
        this.visits = visits;
        this.json = json;
    }

    @PostMapping
    ResponseEntity<String> create(
            @RequestBody(required = false) byte @Nullable [] body,
            @RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) @Nullable String contentType,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key,
            @AuthenticationPrincipal ApiCaller caller) {
        ApiControllers.requireJson(contentType);
        if (key != null && (key.isBlank() || key.length() > MAX_KEY || !key.matches("[\\x21-\\x7e]+"))) {
            throw new ApiControllers.BadParameter(
                    "Idempotency-Key", "1 to " + MAX_KEY + " visible ASCII characters, no spaces");
        }
        var bytes = body == null ? new byte[0] : body;
        var request = ApiJson.read(bytes, InteractionRequest.class);
        var answer = api.create(caller.tokenId(), key, sha256(bytes), request.draft(caller.deskId()), saved -> {
            var location = ApiSecurityConfiguration.BASE + "/interactions/" + saved.id();
            return new ApiInteractionService.Answer(
                    HttpStatus.CREATED.value(), location, json.writeValueAsString(saved), false);
        });
        var response = ResponseEntity.status(answer.status()).contentType(MediaType.APPLICATION_JSON);
        if (answer.location() != null) {
            response.location(URI.create(answer.location()));
        }
        if (answer.replayed()) {
            response.header("Idempotent-Replayed", "true");
        }
        return response.body(answer.body());
    }

    @GetMapping("/{id}")
    InteractionDetails one(@PathVariable long id) {
        return visits.find(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no interaction " + id));
    }

    /** A page of the history, newest first: this month unless {@code from} and {@code to} say otherwise. */
    @GetMapping
    ApiPage<InteractionDetails> history(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(required = false) @Nullable Long desk,
            @RequestParam(required = false) @Nullable String counsellor,
            @RequestParam(required = false) @Nullable String country,
            @RequestParam(required = false) @Nullable Channel channel,
            @RequestParam(required = false) @Nullable VisitorType visitorType,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        var month = HistoryFilter.month(visits.officeNow().toLocalDate());
        var first = from == null ? month.from() : from;
        var last = to == null ? (from == null ? month.to() : first.plusMonths(1).minusDays(1)) : to;
        if (last.isBefore(first)) {
            throw new ApiControllers.BadParameter("to", "the period ends before it starts");
        }
        var pageable = ApiControllers.pageable(page, size, MAX_PAGE_SIZE);
        var filter = new HistoryFilter(first, last, desk, counsellor, country, channel, visitorType);
        var slice = visits.history(filter, pageable);
        return ApiPage.of(slice);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JVM has SHA-256", impossible);
        }
    }
}

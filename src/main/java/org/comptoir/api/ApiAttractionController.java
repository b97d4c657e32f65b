package org.comptoir.api;

import java.time.LocalDate;
import org.comptoir.attraction.AttractionCategory;
import org.comptoir.attraction.AttractionDetails;
import org.comptoir.attraction.AttractionFilter;
import org.comptoir.attraction.AttractionService;
import org.comptoir.attraction.AttractionSort;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /api/v1/attractions}: the attraction list's search, with its address's parameter names ({@code q},
 * {@code category}, {@code interest}, {@code open}, {@code drive}, {@code family}, {@code accessible},
 * {@code dogs}, {@code indoor}, {@code sort}, {@code desc}); active attractions only.
 */
@RestController
@RequestMapping(ApiSecurityConfiguration.BASE + "/attractions")
class ApiAttractionController {

    static final int MAX_PAGE_SIZE = 200;

    private final AttractionService attractions;

    ApiAttractionController(AttractionService attractions) {
        this.attractions = attractions;
    }

    @GetMapping
    ApiPage<AttractionDetails> search(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) @Nullable AttractionCategory category,
            @RequestParam(required = false) @Nullable Long interest,
            @RequestParam(defaultValue = "false") boolean family,
            @RequestParam(defaultValue = "false") boolean accessible,
            @RequestParam(defaultValue = "false") boolean dogs,
            @RequestParam(defaultValue = "false") boolean indoor,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate open,
            @RequestParam(required = false) @Nullable Integer drive,
            @RequestParam(defaultValue = "name") String sort,
            @RequestParam(defaultValue = "false") boolean desc,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        if (drive != null && drive < 0) {
            throw new ApiControllers.BadParameter("drive", "minutes, 0 or more");
        }
        var order = switch (sort) {
            case "name" -> AttractionSort.NAME;
            case "drive" -> AttractionSort.DRIVE_TIME;
            case "category" -> AttractionSort.CATEGORY;
            default -> throw new ApiControllers.BadParameter("sort", "name, drive or category");
        };
        var filter = new AttractionFilter(
                q.strip(), category, interest, family, accessible, dogs, indoor, open, drive, false);
        return ApiPage.of(attractions.search(filter, order, !desc, ApiControllers.pageable(page, size, MAX_PAGE_SIZE)));
    }

    @GetMapping("/{id}")
    AttractionDetails one(@PathVariable long id) {
        return attractions
                .find(id)
                .filter(AttractionDetails::active)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no attraction " + id));
    }
}

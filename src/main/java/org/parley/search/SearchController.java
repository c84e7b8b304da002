package org.parley.search;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.parley.domain.TextQuery;
import org.parley.web.PageResponse;
import org.parley.web.SortableBy;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.data.domain.Pageable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static org.parley.domain.ListFilters.MAX_VALUES;

@RestController
@Tag(name = "Search", description = "One search across statements, talks and documents")
@RequestMapping("/api/v1/search")
class SearchController {

    private final SearchService search;

    SearchController(SearchService search) {
        this.search = search;
    }

    @Operation(operationId = "search", summary = "Search statements, talks and documents",
        description = "The statements, talks and documents matching q, best first, each with a snippet of where it matched and the "
            + "matching words marked by character ranges. " + TextQuery.SYNTAX
            + " Statements are searched by text, speaker and title, and sources; talks by title, place and summary; documents by title, "
            + "summary and their versions. Pages reach the best " + SearchService.MAX_HITS + " hits. " + TextQuery.WINDOW)
    @GetMapping
    PageResponse<SearchHitResponse> search(@RequestParam @NotBlank @Size(max = TextQuery.MAX_LENGTH) String q,
                                   @Parameter(description = "Only hits of these kinds; all kinds when left out")
                                   @RequestParam(required = false) @Size(max = 3) List<HitType> type,
                                   @Parameter(description = "Only what belongs to these processes: their rounds, the statements made around them, their documents")
                                   @RequestParam(required = false) @Size(max = MAX_VALUES) List<UUID> processId,
                                   @SortableBy(value = {}, defaultSort = "relevance,desc", searchedBy = "q") Pageable pageable) {
        return PageResponse.of(search.search(TextQuery.parse(q, "q"), type == null ? Set.of() : Set.copyOf(type),
            processId == null ? Set.of() : Set.copyOf(processId), pageable));
    }
}

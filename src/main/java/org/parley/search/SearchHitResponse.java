package org.parley.search;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import org.parley.domain.TextHit;

record SearchHitResponse(
    HitType type,
    UUID id,
    @Schema(example = "/api/v1/statements/0199b0a4-6a5e-7c3e-9d2b-2f7c1a0e4b11") String path,
    @Schema(description = "A statement's speaker (and title), a talk's or a document's title", example = "Kirill Dmitriev") String title,
    @Schema(description = "Where the words were found, as plain text", example = "The discussions on an energy truce are proceeding constructively")
    String snippet,
    @ArraySchema(maxItems = TextHit.MAX_HIGHLIGHTS, arraySchema = @Schema(description = "The matching words in the snippet"))
    List<HighlightResponse> highlights,
    @Schema(description = "How well the record matches; higher is better, comparable within one search", example = "0.0991")
    double rank,
    @Schema(nullable = true, description = "When a statement was made or a talk began") LocalDate date,
    @Schema(nullable = true, description = "The talk a statement was made around, or the talk itself") UUID talkId) {

    static SearchHitResponse of(HitType type, TextHit hit) {
        return new SearchHitResponse(type, hit.id(), type.path(hit.id()), hit.title(), hit.snippet(),
            hit.highlights().stream().map(h -> new HighlightResponse(h.start(), h.end())).toList(), hit.rank(), hit.date(),
            hit.talkId());
    }

    @Schema(description = "The characters [start, end) of the snippet, counted in UTF-16 code units as JavaScript counts them")
    record HighlightResponse(int start, int end) {
    }
}

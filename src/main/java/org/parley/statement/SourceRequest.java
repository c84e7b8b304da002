package org.parley.statement;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import org.parley.domain.InvalidInput;
import org.parley.web.CalendarDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

record SourceRequest(
    @Schema(example = "Associated Press") @NotBlank @Size(max = 200) String outlet,
    @Schema(example = "https://apnews.com/article/russia-ukraine-war-peace-talks-miami-witkoff-dmitriev") @Size(max = 2000) @Pattern(regexp = "^https?://\\S+$", message = "must be an http or https URL") String url,
    @Schema(description = "The outlets this one cites, as one string (\"AP, citing RIA Novosti\"); with citing, leave it out or give "
        + "exactly the chain it writes", example = "RIA Novosti") @Size(max = 2000) String via,
    @Schema(example = "2025-12-20") @CalendarDate LocalDate publishedOn,
    @ArraySchema(arraySchema = @Schema(description = "The chain of outlets this one cites, nearest first: [\"AP\", \"RIA Novosti\"] for "
        + "\"AP, citing RIA Novosti\""), schema = @Schema(example = "RIA Novosti"), maxItems = 10)
    @Size(max = 10) List<@NotBlank @Size(max = 200) String> citing) {

    /**
     * The source as stored: a chain given as {@code citing} is also written out as {@code via}, and a lone
     * {@code via} is a chain of one.
     *
     * @param field where this source sits in the request, for the error that names it
     */
    Source toSource(String field) {
        if (citing == null || citing.isEmpty()) {
            return new Source(outlet, url, via, publishedOn, via == null ? List.of() : List.of(via));
        }
        List<String> chain = citing.stream().map(String::strip).toList();
        String written = String.join(Source.CITING, chain);
        if (via != null && !via.strip().equals(written)) {
            throw new InvalidInput(field + ".via", "must be left out or read \"" + written + "\", as citing says");
        }
        return new Source(outlet, url, written, publishedOn, chain);
    }

    static SourceRequest of(Source source) {
        return new SourceRequest(source.outlet(), source.url(), source.via(), source.publishedOn(), source.citing());
    }
}

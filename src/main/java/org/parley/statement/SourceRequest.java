package org.parley.statement;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import org.parley.web.CalendarDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

record SourceRequest(
    @Schema(example = "Associated Press") @NotBlank @Size(max = 200) String outlet,
    @Schema(example = "https://apnews.com/article/russia-ukraine-war-peace-talks-miami-witkoff-dmitriev") @Size(max = 2000) @Pattern(regexp = "^https?://\\S+$", message = "must be an http or https URL") String url,
    @Schema(description = "The outlet this one cites", example = "RIA Novosti") @Size(max = 200) String via,
    @Schema(example = "2025-12-20") @CalendarDate LocalDate publishedOn) {

    Source toSource() {
        return new Source(outlet, url, via, publishedOn);
    }
}

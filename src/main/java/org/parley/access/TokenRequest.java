package org.parley.access;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An API token to make. */
record TokenRequest(
    @Schema(description = "Who or what uses the token, e.g. the name of a script", example = "newsroom importer")
    @NotBlank @Size(max = 100) String name,
    @Schema(description = "What the token may do") @NotNull Role role,
    @Schema(description = "When the token stops working; never unless given") @Future Instant expiresAt) {
}

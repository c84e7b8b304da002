package org.parley.access;

import io.swagger.v3.oas.annotations.media.Schema;

/** A token just made, with its secret: the only answer that ever holds it. */
record NewTokenResponse(
    @Schema(description = "The secret, to send as Authorization: Bearer <token>. Shown this once: Parley keeps only its hash",
        example = "parley_Xq3fJ0l9s8S3pQe7vQm0d3WfYH2c5K1R8nTz6uA4bE0") String token,
    TokenResponse details) {

    // a log line that prints the answer must not print the secret
    @Override
    public String toString() {
        return "NewTokenResponse[details=" + details + "]";
    }
}

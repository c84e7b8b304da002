package org.parley.talk;

import java.util.UUID;

import jakarta.validation.Valid;
import org.parley.domain.ExpectedVersion;
import org.parley.domain.Rule;
import org.parley.web.AlsoNotFound;
import org.parley.web.Conflicts;
import org.parley.web.Created;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import static org.springframework.http.HttpStatus.NO_CONTENT;

@RestController
@Tag(name = "Talks", description = "Negotiation rounds, their participants and their agenda")
@RequestMapping("/api/v1/talks")
class TabledDocumentController {

    private final TabledDocumentService tabled;

    TabledDocumentController(TabledDocumentService tabled) {
        this.tabled = tabled;
    }

    @Operation(operationId = "listTalkDocuments", summary = "List the documents on the table at a talk",
        description = "The documents discussed at a round, by title, each with the version discussed when known. Its ETag is the talk's; "
            + "answers 304 while If-None-Match names it.")
    @ApiResponse(responseCode = "200", description = "The documents, by title; at most 50",
        content = @Content(array = @ArraySchema(maxItems = Talk.MAX_TABLED_DOCUMENTS, schema = @Schema(implementation = TabledDocumentResponse.class))))
    @GetMapping("/{id}/documents")
    TabledDocuments list(@PathVariable UUID id) {
        return tabled.list(id);
    }

    @Conflicts(Rule.TABLED_DOCUMENTS_FULL)
    @Operation(operationId = "putTalkDocument", summary = "Table a document at a talk, or update what is recorded of it",
        description = "Records that a document was on the table at a round, with the version discussed (one of the document's own) and a "
            + "note; a round lists at most 50 documents. If-Match takes the talk's ETag.")
    @AlsoNotFound("Version 99999999-0000-7000-8000-000000000109 of document 99999999-0000-7000-8000-000000000001 does not exist")
    @PutMapping("/{id}/documents/{documentId}")
    ResponseEntity<TabledDocumentResponse> putOnTable(@PathVariable UUID id, @PathVariable UUID documentId, ExpectedVersion expected,
                                                      @Valid @RequestBody TabledDocumentRequest request) {
        return Created.orReplaced(tabled.putOnTable(id, documentId, expected, request));
    }

    @Operation(operationId = "getTalkDocument", summary = "Get a document as tabled at a talk",
        description = "A document on a round's table, with the version discussed. Its ETag is the talk's; answers 304 while If-None-Match names it.")
    @GetMapping("/{id}/documents/{documentId}")
    TabledDocumentResponse get(@PathVariable UUID id, @PathVariable UUID documentId) {
        return tabled.get(id, documentId);
    }

    @Operation(operationId = "deleteTalkDocument", summary = "Take a document off the table of a talk",
        description = "Records that a document was not on the table at a round after all. If-Match takes the talk's ETag.")
    @DeleteMapping("/{id}/documents/{documentId}")
    @ResponseStatus(NO_CONTENT)
    void takeOffTable(@PathVariable UUID id, @PathVariable UUID documentId, ExpectedVersion expected) {
        tabled.takeOffTable(id, documentId, expected);
    }
}

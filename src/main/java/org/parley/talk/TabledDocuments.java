package org.parley.talk;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonValue;
import org.parley.web.Versioned;

/** The documents on a round's table, written as a plain array; its ETag is the talk's version, as for each of them. */
record TabledDocuments(@JsonValue List<TabledDocumentResponse> documents, @JsonIgnore long version) implements Versioned {
}

package org.parley.document;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * A document's search document: title and summary, which PostgreSQL keeps in a generated column.
 * Only ever matched in queries ({@code TextMatch}), never loaded, so that reading a document does not carry it.
 */
@Entity
@Immutable
@Table(name = "documents")
class DocumentText {

    @Id
    private UUID id;

    @Column(name = "search_vector", columnDefinition = "tsvector")
    private String vector;

    protected DocumentText() {
    }
}

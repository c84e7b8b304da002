package org.parley.document;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * A document version's search document: label and summary, which PostgreSQL keeps in a generated column.
 * Only ever matched in queries ({@code TextMatch}), never loaded.
 */
@Entity
@Immutable
@Table(name = "document_versions")
class DocumentVersionText {

    @Id
    private UUID id;

    @Column(name = "document_id")
    private UUID documentId;

    @Column(name = "search_vector", columnDefinition = "tsvector")
    private String vector;

    protected DocumentVersionText() {
    }
}

package org.parley.statement;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * A statement's search document: speaker and title, text, and the outlets of its sources, which
 * PostgreSQL keeps in a generated column. Only ever matched in queries ({@code TextMatch}), never loaded,
 * so that reading a statement does not carry it.
 */
@Entity
@Immutable
@Table(name = "statements")
class StatementText {

    @Id
    private UUID id;

    @Column(name = "search_vector", columnDefinition = "tsvector")
    private String vector;

    protected StatementText() {
    }
}

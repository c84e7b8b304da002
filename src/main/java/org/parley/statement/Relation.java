package org.parley.statement;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** That a statement answers an earlier one: Ushakov's denial DENIES Zelenskyy's claim. */
@Embeddable
record Relation(@Enumerated(EnumType.STRING) RelationType type, @Column(name = "target_id") UUID statementId) {
}

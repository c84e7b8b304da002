package org.parley.statement;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Embeddable;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * Where a statement was reported. Most claims in this field are second-hand, so {@code citing} names the
 * chain of outlets that {@code outlet} cites, nearest first (AP, citing RIA Novosti), and {@code via}
 * writes the chain as one readable string.
 */
@Embeddable
record Source(String outlet, String url, String via, LocalDate publishedOn, @JdbcTypeCode(SqlTypes.ARRAY) List<String> citing) {

    static final String CITING = ", citing ";
}

package org.parley.statement;

import java.time.LocalDate;

import jakarta.persistence.Embeddable;

/**
 * Where a statement was reported. Most claims in this field are second-hand, so {@code via} names the
 * outlet that {@code outlet} cites: AP, via RIA Novosti.
 */
@Embeddable
record Source(String outlet, String url, String via, LocalDate publishedOn) {
}

package org.parley.person;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A side a person served, in a position, over a span of days that may be open at either end. */
@Embeddable
record Affiliation(String side, String position, @Column(name = "from_date") LocalDate from, @Column(name = "to_date") LocalDate to) {
}

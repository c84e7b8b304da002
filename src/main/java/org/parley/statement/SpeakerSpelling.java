package org.parley.statement;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * A spelling, in lower case, that some statement's speaker has had: the database keeps the dictionary, and
 * the speaker filter matches a part against it rather than against every statement (V22).
 */
@Entity
@Immutable
@Table(name = "statement_speakers")
class SpeakerSpelling {

    @Id
    private String spelling;

    protected SpeakerSpelling() {
    }
}

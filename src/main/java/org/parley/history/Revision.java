package org.parley.history;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/**
 * One transaction that changed records: when, by whom and for which request. Every audited row
 * written in that transaction points to it.
 */
@Entity
@Table(name = "revisions")
@RevisionEntity(RevisionStamp.class)
class Revision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    private long id;

    @RevisionTimestamp
    @Column(nullable = false)
    private Instant madeAt;

    @Column(nullable = false)
    private String madeBy;

    private String requestId;

    protected Revision() {
    }

    long getId() {
        return id;
    }

    String getMadeBy() {
        return madeBy;
    }

    void stamp(String madeBy, String requestId) {
        this.madeBy = madeBy;
        this.requestId = requestId;
    }
}

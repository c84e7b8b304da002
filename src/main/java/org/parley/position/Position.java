package org.parley.position;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.OptimisticLock;
import org.hibernate.envers.Audited;
import org.parley.domain.AggregateRoot;
import org.parley.domain.InvalidInput;
import org.parley.history.RecordShape;

import static org.parley.history.RecordShape.Part.values;

/** A side's stance on a key issue as of a day, shown by the statements it cites as evidence. */
@Entity
@Audited
@Table(name = "positions")
class Position extends AggregateRoot {

    /** Where its history is kept, and that of the parts it holds. */
    static final RecordShape HISTORY = RecordShape.of("Position", "positions", values("evidenceStatementIds", "position_evidence", "position_id"));

    static final int MAX_EVIDENCE = 50;

    // the last time zone to leave a date behind: a day is "in the future" only if it is so everywhere
    private static final ZoneOffset EARLIEST_ZONE = ZoneOffset.ofHours(14);

    private String side;

    private UUID keyIssueId;

    @Enumerated(EnumType.STRING)
    private Stance stance;

    private String summary;

    private LocalDate asOf;

    // describe() moves the version itself; counting collection changes too would bump it twice
    @ElementCollection
    @OptimisticLock(excluded = true)
    @CollectionTable(name = "position_evidence", joinColumns = @JoinColumn(name = "position_id"))
    @Column(name = "statement_id")
    private Set<UUID> evidenceStatementIds = new LinkedHashSet<>();

    protected Position() {
    }

    Position(Details details, Clock clock) {
        describe(details, clock);
    }

    @Override
    public String kind() {
        return "Position";
    }

    /**
     * New details, under the position's rules: it is not dated in the future, and it cites at least one
     * statement as evidence, each once.
     */
    void describe(Details details, Clock clock) {
        if (details.asOf().isAfter(LocalDate.now(clock.withZone(EARLIEST_ZONE)))) {
            throw new InvalidInput("asOf", "must not be in the future");
        }
        List<UUID> evidence = details.evidenceStatementIds();
        if (evidence.isEmpty()) {
            throw new InvalidInput("evidenceStatementIds", "a position needs at least one statement as evidence");
        }
        if (evidence.size() > MAX_EVIDENCE) {
            throw new InvalidInput("evidenceStatementIds", "cites at most " + MAX_EVIDENCE + " statements");
        }
        Set<UUID> cited = new HashSet<>();
        for (int i = 0; i < evidence.size(); i++) {
            if (!cited.add(evidence.get(i))) {
                throw new InvalidInput("evidenceStatementIds[" + i + "]", "names a statement already cited; each is cited once");
            }
        }
        // an unchanged position keeps its version, so that other editors' If-Match still holds
        if (unchanged(details, cited)) {
            return;
        }
        this.side = details.side();
        this.keyIssueId = details.keyIssueId();
        this.stance = details.stance();
        this.summary = details.summary();
        this.asOf = details.asOf();
        this.evidenceStatementIds.retainAll(cited);
        this.evidenceStatementIds.addAll(evidence);
        touch();
    }

    // the evidence is a set: citing the same statements in another order changes nothing
    private boolean unchanged(Details details, Set<UUID> cited) {
        return Objects.equals(side, details.side()) && Objects.equals(keyIssueId, details.keyIssueId()) && stance == details.stance()
            && Objects.equals(summary, details.summary()) && Objects.equals(asOf, details.asOf()) && evidenceStatementIds.equals(cited);
    }

    String getSide() {
        return side;
    }

    UUID getKeyIssueId() {
        return keyIssueId;
    }

    Stance getStance() {
        return stance;
    }

    String getSummary() {
        return summary;
    }

    LocalDate getAsOf() {
        return asOf;
    }

    Set<UUID> getEvidenceStatementIds() {
        return Collections.unmodifiableSet(evidenceStatementIds);
    }

    record Details(String side, UUID keyIssueId, Stance stance, String summary, LocalDate asOf, List<UUID> evidenceStatementIds) {
    }
}

package org.parley.process;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.OptimisticLock;
import org.hibernate.envers.Audited;
import org.parley.domain.AggregateRoot;
import org.parley.domain.InvalidInput;
import org.parley.history.RecordShape;

import static org.parley.history.RecordShape.Part.list;

/**
 * A negotiation track that rounds belong to, such as the Russia–Ukraine talks. Named apart from
 * {@link java.lang.Process}, which a class called Process would shadow.
 */
@Entity
@Audited
@Table(name = "processes")
class PeaceProcess extends AggregateRoot {

    /** Where its history is kept, and that of the parts it holds. */
    static final RecordShape HISTORY = RecordShape.of("Process", "processes", list("parties", "process_parties", "process_id", "position"));

    static final int MAX_PARTIES = 20;

    private String name;

    private String conflict;

    private LocalDate startedOn;

    @Enumerated(EnumType.STRING)
    private ProcessStatus status;

    private String summary;

    // describe() moves the version itself; counting collection changes too would bump it twice
    @ElementCollection
    @OptimisticLock(excluded = true)
    @CollectionTable(name = "process_parties", joinColumns = @JoinColumn(name = "process_id"))
    @OrderColumn(name = "position")
    @Column(name = "side")
    private List<String> parties = new ArrayList<>();

    protected PeaceProcess() {
    }

    PeaceProcess(Details details) {
        describe(details);
    }

    @Override
    public String kind() {
        return "Process";
    }

    void describe(Details details) {
        if (details.parties().stream().distinct().count() < details.parties().size()) {
            throw new InvalidInput("parties", "must name each side once");
        }
        if (details.equals(details())) {
            return;
        }
        this.name = details.name();
        this.conflict = details.conflict();
        this.startedOn = details.startedOn();
        this.status = details.status();
        this.summary = details.summary();
        this.parties.clear();
        this.parties.addAll(details.parties());
        touch();
    }

    private Details details() {
        return new Details(name, conflict, List.copyOf(parties), startedOn, status, summary);
    }

    String getName() {
        return name;
    }

    String getConflict() {
        return conflict;
    }

    LocalDate getStartedOn() {
        return startedOn;
    }

    ProcessStatus getStatus() {
        return status;
    }

    String getSummary() {
        return summary;
    }

    List<String> getParties() {
        return Collections.unmodifiableList(parties);
    }

    record Details(String name, String conflict, List<String> parties, LocalDate startedOn, ProcessStatus status, String summary) {
    }
}

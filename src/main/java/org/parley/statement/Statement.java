package org.parley.statement;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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
import org.hibernate.envers.NotAudited;
import org.parley.domain.AggregateRoot;
import org.parley.domain.InvalidInput;
import org.parley.history.RecordShape;

import static org.parley.history.RecordShape.Part.list;
import static org.parley.history.RecordShape.Part.values;

/** Something said in public around a round, and who reported it. */
@Entity
@Audited
@Table(name = "statements")
class Statement extends AggregateRoot {

    /** Where its history is kept, and that of the parts it holds. */
    static final RecordShape HISTORY = RecordShape.of("Statement", "statements",
        list("sources", "statement_sources", "statement_id", "position"),
        values("keyIssueIds", "statement_key_issues", "statement_id"),
        values("relations", "statement_relations", "statement_id"),
        values("documentIds", "statement_documents", "statement_id"));

    static final int MAX_RELATIONS = 20;

    private static String sourcesText(List<Source> sources) {
        return sources.stream()
            .map(source -> Stream.concat(Stream.of(source.outlet(), source.via()), source.citing() == null ? Stream.empty() : source.citing().stream())
                .filter(Objects::nonNull).collect(Collectors.joining(" ")))
            .collect(Collectors.joining(" "));
    }

    static final int MAX_DOCUMENTS = 20;

    // the last time zone to leave a date behind: a statement is "in the future" only if it is so everywhere
    private static final ZoneOffset EARLIEST_ZONE = ZoneOffset.ofHours(14);

    private String speaker;

    private String speakerTitle;

    private UUID personId;

    private UUID delegationId;

    private String side;

    private UUID talkId;

    private LocalDate statedOn;

    @Enumerated(EnumType.STRING)
    private DatePrecision statedOnPrecision;

    @Enumerated(EnumType.STRING)
    private Medium medium;

    private String language;

    private String text;

    private boolean quote;

    // what the search document (the search_vector column PostgreSQL keeps) matches of the sources, which live in a table of their own;
    // the sources themselves are in the history
    @NotAudited
    private String sourcesText;

    @Enumerated(EnumType.STRING)
    private StatementKind kind;

    // revise() moves the version itself; counting collection changes too would bump it twice on insert
    @ElementCollection
    @OptimisticLock(excluded = true)
    @CollectionTable(name = "statement_sources", joinColumns = @JoinColumn(name = "statement_id"))
    @OrderColumn(name = "position")
    private List<Source> sources = new ArrayList<>();

    @ElementCollection
    @OptimisticLock(excluded = true)
    @CollectionTable(name = "statement_key_issues", joinColumns = @JoinColumn(name = "statement_id"))
    @Column(name = "key_issue_id")
    private Set<UUID> keyIssueIds = new LinkedHashSet<>();

    @ElementCollection
    @OptimisticLock(excluded = true)
    @CollectionTable(name = "statement_relations", joinColumns = @JoinColumn(name = "statement_id"))
    private Set<Relation> relations = new LinkedHashSet<>();

    @ElementCollection
    @OptimisticLock(excluded = true)
    @CollectionTable(name = "statement_documents", joinColumns = @JoinColumn(name = "statement_id"))
    @Column(name = "document_id")
    private Set<UUID> documentIds = new LinkedHashSet<>();

    protected Statement() {
    }

    Statement(Content content, Set<UUID> seatedAtTalk, Clock clock) {
        revise(content, seatedAtTalk, clock);
    }

    @Override
    public String kind() {
        return "Statement";
    }

    /**
     * Gives the statement new content, under its rules: it was not made in the future, it has a source,
     * it speaks for a delegation or names a side but not both, and a delegation it speaks for at a round
     * sits at that round.
     *
     * @param seatedAtTalk the delegations seated at the content's talk; empty if it names none
     */
    void revise(Content content, Set<UUID> seatedAtTalk, Clock clock) {
        if (content.statedOn().isAfter(LocalDate.now(clock.withZone(EARLIEST_ZONE)))) {
            throw new InvalidInput("statedOn", "must not be in the future");
        }
        if (content.sources().isEmpty()) {
            throw new InvalidInput("sources", "a statement needs at least one source");
        }
        if (getId() != null && content.relations().stream().anyMatch(r -> r.statementId().equals(getId()))) {
            throw new ThreadLoop(getId(), getId());
        }
        if (content.side() != null && content.delegationId() != null) {
            throw new InvalidInput("side", "leave it out when delegationId is given; the delegation's partyCode is its side");
        }
        if (content.talkId() != null && content.delegationId() != null && !seatedAtTalk.contains(content.delegationId())) {
            throw new DelegationNotAtTalk(content.delegationId(), content.talkId());
        }
        // an unchanged statement keeps its version, so that other editors' If-Match still holds
        if (content.equals(content())) {
            return;
        }
        this.speaker = content.speaker();
        this.speakerTitle = content.speakerTitle();
        this.personId = content.personId();
        this.delegationId = content.delegationId();
        this.side = content.side();
        this.talkId = content.talkId();
        this.statedOn = content.statedOn();
        this.statedOnPrecision = content.statedOnPrecision();
        this.medium = content.medium();
        this.language = content.language();
        this.text = content.text();
        this.quote = content.quote();
        this.kind = content.kind();
        this.sources.clear();
        this.sources.addAll(content.sources());
        this.sourcesText = sourcesText(content.sources());
        this.keyIssueIds.retainAll(content.keyIssueIds());
        this.keyIssueIds.addAll(content.keyIssueIds());
        this.relations.retainAll(content.relations());
        this.relations.addAll(content.relations());
        touch();
    }

    /**
     * The documents the statement refers to, which the caller has found to exist; unchanged, they keep the
     * statement's version.
     */
    void referTo(Set<UUID> documents) {
        if (documentIds.equals(documents)) {
            return;
        }
        documentIds.retainAll(documents);
        documentIds.addAll(documents);
        touch();
    }

    private Content content() {
        return new Content(speaker, speakerTitle, personId, delegationId, side, talkId, statedOn, statedOnPrecision, text, quote, kind, medium,
            language, Set.copyOf(keyIssueIds), List.copyOf(sources), Set.copyOf(relations));
    }

    String getSpeaker() {
        return speaker;
    }

    String getSpeakerTitle() {
        return speakerTitle;
    }

    UUID getPersonId() {
        return personId;
    }

    UUID getDelegationId() {
        return delegationId;
    }

    String getSide() {
        return side;
    }

    UUID getTalkId() {
        return talkId;
    }

    LocalDate getStatedOn() {
        return statedOn;
    }

    DatePrecision getStatedOnPrecision() {
        return statedOnPrecision;
    }

    Medium getMedium() {
        return medium;
    }

    String getLanguage() {
        return language;
    }

    Set<Relation> getRelations() {
        return Collections.unmodifiableSet(relations);
    }

    String getText() {
        return text;
    }

    boolean isQuote() {
        return quote;
    }

    StatementKind getKind() {
        return kind;
    }

    List<Source> getSources() {
        return Collections.unmodifiableList(sources);
    }

    Set<UUID> getKeyIssueIds() {
        return Collections.unmodifiableSet(keyIssueIds);
    }

    Set<UUID> getDocumentIds() {
        return Collections.unmodifiableSet(documentIds);
    }

    record Content(String speaker, String speakerTitle, UUID personId, UUID delegationId, String side, UUID talkId, LocalDate statedOn,
                   DatePrecision statedOnPrecision, String text, boolean quote, StatementKind kind, Medium medium, String language,
                   Set<UUID> keyIssueIds, List<Source> sources, Set<Relation> relations) {
    }
}

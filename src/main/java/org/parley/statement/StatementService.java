package org.parley.statement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.parley.change.ChangeFeed;
import org.parley.change.ChangedResource;
import org.parley.change.ResourceType;
import org.parley.delegation.DelegationService;
import org.parley.database.Counts;
import org.parley.database.Exports;
import org.parley.database.IdPages;
import org.parley.database.RelevanceWindow;
import org.parley.database.TextSearch;
import org.parley.database.Write;
import org.parley.document.DocumentService;
import org.parley.domain.CountedPage;
import org.parley.domain.ExpectedVersion;
import org.parley.domain.ListFilters;
import org.parley.domain.NotFound;
import org.parley.domain.References;
import org.parley.domain.RowSink;
import org.parley.domain.TextHit;
import org.parley.domain.TextMatch;
import org.parley.keyissue.KeyIssueService;
import org.parley.person.PersonService;
import org.parley.talk.TalkService;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class StatementService {

    /** Enough for any real exchange of claims and denials; a longer thread is cut, not loaded whole. */
    static final int MAX_THREAD = 500;

    /** The list's default order, in which the newest matches of a search are the ones ranked. */
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("statedOn"), Sort.Order.asc("id"));

    private final StatementRepository statements;

    private final TalkService talks;

    private final DelegationService delegations;

    private final KeyIssueService keyIssues;

    private final PersonService people;

    private final Clock clock;

    private final ApplicationEventPublisher events;

    private final DocumentService documents;

    private final ChangeFeed changes;

    private final TextSearch textSearch;

    private final StatementHits hits;

    private final Exports exports;

    private final StatementExport rows;

    private final RelevanceWindow window;

    private final IdPages idPages;

    private final StatementReads reads;

    private final Counts counts;

    private final StatementPages pages;

    StatementService(StatementRepository statements, TalkService talks, DelegationService delegations, KeyIssueService keyIssues,
                     PersonService people, Clock clock, ApplicationEventPublisher events, DocumentService documents, ChangeFeed changes,
                     TextSearch textSearch, StatementHits hits, Exports exports, StatementExport rows, RelevanceWindow window, IdPages idPages, StatementReads reads, Counts counts, StatementPages pages) {
        this.pages = pages;
        this.counts = counts;
        this.idPages = idPages;
        this.reads = reads;
        this.window = window;
        this.textSearch = textSearch;
        this.exports = exports;
        this.rows = rows;
        this.hits = hits;
        this.changes = changes;
        this.people = people;
        this.statements = statements;
        this.talks = talks;
        this.delegations = delegations;
        this.keyIssues = keyIssues;
        this.clock = clock;
        this.events = events;
        this.documents = documents;
    }

    Page<StatementResponse> list(StatementFilter filter, Pageable pageable) {
        Page<UUID> ids = ids(filter, pageable);
        return CountedPage.withContent(ids, reads.find(ids.getContent()));
    }

    Page<StatementResponse> listForTalk(UUID talkId, StatementFilter filter, Pageable pageable) {
        Page<StatementResponse> page = list(filter.forTalk(talkId), pageable);
        if (page.isEmpty()) {
            // a statement of the round is proof enough that the round exists
            talks.requireExists(talkId);
        }
        return page;
    }

    /**
     * The list is counted as {@link Counts} counts, and a search ({@code q}) is ranked as {@link RelevanceWindow}
     * says, so that a common kind or word stays cheap.
     */
    private Page<UUID> ids(StatementFilter filter, Pageable pageable) {
        if (filter.q() == null) {
            if (pageable.getSort().equals(NEWEST_FIRST)) {
                Optional<Page<UUID>> page = newestFromOneIndex(filter, pageable);
                if (page.isPresent()) {
                    return page.get();
                }
            }
            Specification<Statement> selected = specification(filter, pageable.getSort());
            return counts.page(Statement.class, selected, pageable, idPages.slice(Statement.class, selected, pageable));
        }
        String tsQuery = textSearch.tsQuery(filter.q());
        Specification<Statement> matching = specification(filter, tsQuery, Sort.unsorted());
        if (RelevanceWindow.ranks(pageable.getSort())) {
            return window.page(Statement.class, matching, tsQuery, pageable, hits.recency(tsQuery, NEWEST_FIRST));
        }
        return counts.page(Statement.class, matching, pageable,
            idPages.slice(Statement.class, specification(filter, tsQuery, pageable.getSort()), pageable));
    }

    /**
     * A page of the commonest lists in their default order, newest first: a round's, a key issue's, a speaker's, each
     * read and counted from an index that holds that order, in fixed SQL (see {@link StatementPages}); none for any
     * other filter.
     */
    private Optional<Page<UUID>> newestFromOneIndex(StatementFilter filter, Pageable pageable) {
        long offset = pageable.getOffset();
        int size = pageable.getPageSize();
        Optional<UUID> talk = filter.ofOneTalkAlone();
        if (talk.isPresent()) {
            UUID talkId = talk.get();
            return Optional.of(counts.page(pageable, pages.newestOf(talkId, offset, size), limit -> pages.countOfAtMost(talkId, limit)));
        }
        Optional<UUID> keyIssue = filter.aboutOneKeyIssueAlone();
        if (keyIssue.isPresent()) {
            UUID keyIssueId = keyIssue.get();
            return Optional.of(counts.page(pageable, pages.newestAbout(keyIssueId, offset, size), limit -> pages.countAboutAtMost(keyIssueId, limit)));
        }
        Optional<String> speaker = filter.spokenByAlone();
        if (speaker.isPresent()) {
            // each matching spelling's and person's own newest statements, merged
            String pattern = speaker.get();
            UUID[] spokenBy = people.idsSpelled(filter.speaker()).toArray(UUID[]::new);
            return Optional.of(counts.page(pageable, pages.newestSpokenBy(pattern, spokenBy, offset, size),
                limit -> pages.countSpokenByAtMost(pattern, spokenBy, limit)));
        }
        return Optional.empty();
    }

    /** Every statement the filter selects, in the order of {@code sort}, to the sink a batch at a time, from one snapshot. */
    void export(StatementFilter filter, Sort sort, RowSink sink) {
        exports.allowLongReads();
        sink.columns(List.of(StatementExport.COLUMNS.split(",")));
        if (filter.q() != null && RelevanceWindow.ranks(sort)) {
            String tsQuery = textSearch.tsQuery(filter.q());
            window.forEachBatch(Statement.class, specification(filter, tsQuery, Sort.unsorted()), tsQuery, sort, hits.recency(tsQuery, NEWEST_FIRST), Exports.BATCH,
                ids -> rows.write(ids, sink));
        }
        else {
            exports.forEachBatch(Statement.class, specification(filter, sort), sort, ids -> rows.write(ids, sink));
        }
    }

    void exportForTalk(UUID talkId, StatementFilter filter, Sort sort, RowSink sink) {
        talks.requireExists(talkId);
        export(filter.forTalk(talkId), sort, sink);
    }

    private Specification<Statement> specification(StatementFilter filter, Sort sort) {
        return filter.toSpecification(delegations::idsOfSides, talks::idsInProcesses, people::idsSpelled, textSearch::tsQuery, sort);
    }

    private Specification<Statement> specification(StatementFilter filter, String tsQuery, Sort sort) {
        return filter.toSpecification(delegations::idsOfSides, talks::idsInProcesses, people::idsSpelled, q -> tsQuery, sort);
    }

    // one statement, which PostgreSQL reads from one snapshot: a transaction around it would only add round trips
    @Transactional(propagation = Propagation.SUPPORTS)
    StatementResponse get(UUID id) {
        return reads.find(id).orElseThrow(() -> new NotFound("Statement", id));
    }

    @Write
    StatementResponse create(StatementRequest request) {
        Statement.Content content = request.content();
        requireAnswersInOrder(null, content);
        Statement statement = new Statement(content, seatedFor(request), clock);
        statement.referTo(request.documentIdSet());
        statement = statements.saveAndFlush(statement);
        changes.created(changed(statement), statement);
        return StatementResponse.of(statement);
    }

    /** Replaces or patches: {@code change} turns the statement's current request form into the wanted one. */
    @Write
    StatementResponse update(UUID id, ExpectedVersion expected, UnaryOperator<StatementRequest> change) {
        Statement statement = checked(id, expected);
        ChangeFeed.Snapshot before = changes.before(StatementResponse.of(statement));
        StatementRequest request = change.apply(StatementRequest.of(statement));
        Statement.Content content = request.content();
        requireAnswersInOrder(statement, content);
        statement.revise(content, seatedFor(request), clock);
        statement.referTo(request.documentIdSet());
        statements.flush();
        changes.updated(changed(statement), statement, before, StatementResponse.of(statement));
        return StatementResponse.of(statement);
    }

    @Write
    void delete(UUID id, ExpectedVersion expected) {
        Statement statement = checked(id, expected);
        References references = new References("Statement " + id);
        references.add(statements.countAnswersTo(id), "statement answering it", "statements answering it");
        events.publishEvent(new StatementRemoval(id, references));
        references.requireNone();
        statements.delete(statement);
        changes.deleted(changed(statement), statement);
    }

    /**
     * The statements best matching a search ({@link TextSearch#tsQuery}), at most {@code limit}, with how
     * many match in all; only those made around the rounds of the processes, when some are named.
     */
    public TextHit.Hits search(String tsQuery, Collection<UUID> processIds, int limit) {
        Specification<Statement> matching = TextMatch.of(tsQuery, Sort.unsorted());
        if (!processIds.isEmpty()) {
            List<UUID> talkIds = talks.idsInProcesses(processIds);
            if (talkIds.isEmpty()) {
                return new TextHit.Hits(List.of(), 0);
            }
            matching = matching.and(ListFilters.anyOf("talkId", talkIds));
        }
        // ranked as the window is read, in the order the hits are: only the best are read again, for their snippets
        List<UUID> ranked = window.rankedWindow(Statement.class, matching, tsQuery, hits.recency(tsQuery, NEWEST_FIRST));
        Counts.Count count = window.count(Statement.class, matching, ranked.size());
        List<UUID> best = ranked.subList(0, Math.min(limit, ranked.size()));
        return new TextHit.Hits(best.isEmpty() ? List.of() : hits.find(tsQuery, best, limit), count.total(), count.exact());
    }

    /** The statements about a key issue made around each of the given rounds, by round, in date order; one query. */
    public Map<UUID, List<StatementBrief>> aboutAt(UUID keyIssueId, Collection<UUID> talkIds) {
        if (talkIds.isEmpty()) {
            return Map.of();
        }
        return statements.findBriefsAbout(keyIssueId, Set.copyOf(talkIds)).stream().collect(Collectors.groupingBy(StatementBrief::talkId));
    }

    /** {@link NotFound} names the first of the given statements, in their order, that does not exist; one query. */
    public void requireAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return;
        }
        Set<UUID> found = Set.copyOf(statements.findExistingIds(Set.copyOf(ids)));
        ids.stream().filter(id -> !found.contains(id)).findFirst().ifPresent(missing -> {
            throw new NotFound("Statement", missing);
        });
    }

    /** The statements joined to this one by answers, in either direction, in the order they were made. */
    List<StatementResponse> thread(UUID id) {
        find(id);
        return statements.findAllInDateOrder(statements.findThreadIds(id, MAX_THREAD)).stream().map(StatementResponse::of).toList();
    }

    /**
     * A statement answers only statements that exist and were made on or before its day, and no answer
     * may close a loop; the statements answered are share-locked so that neither rule can be broken by
     * a concurrent write of them.
     *
     * @param statement the statement revised, or null for a new one
     */
    private void requireAnswersInOrder(Statement statement, Statement.Content content) {
        Set<UUID> answered = content.relations().stream().map(Relation::statementId).collect(Collectors.toSet());
        UUID self = statement == null ? null : statement.getId();
        if (self != null && answered.contains(self)) {
            throw new ThreadLoop(self, self);
        }
        if (!answered.isEmpty()) {
            Map<UUID, LocalDate> days = new HashMap<>();
            statements.findDaysLocked(answered).forEach(row -> days.put((UUID) row[0], (LocalDate) row[1]));
            for (UUID id : answered.stream().sorted().toList()) {
                LocalDate day = days.get(id);
                if (day == null) {
                    throw new NotFound("Statement", id);
                }
                if (day.isAfter(content.statedOn())) {
                    throw AnswerToLaterStatement.answering(self, content.statedOn(), id, day);
                }
            }
        }
        if (self == null) {
            return;
        }
        statements.findAnswersMadeBefore(self, content.statedOn()).stream().findFirst().ifPresent(earlier -> {
            throw AnswerToLaterStatement.movingAfter(self, content.statedOn(), earlier);
        });
        if (!answered.isEmpty() && statements.answersLeadBackTo(answered, self)) {
            UUID closing = answered.stream().sorted().filter(id -> statements.answersLeadBackTo(List.of(id), self)).findFirst().orElseThrow();
            throw new ThreadLoop(self, closing);
        }
    }

    /** The delegations at the request's talk, once everything the request names is known to exist. */
    private Set<UUID> seatedFor(StatementRequest request) {
        if (request.delegationId() != null) {
            delegations.require(request.delegationId());
        }
        keyIssues.requireAll(request.keyIssueIdSet());
        documents.requireAll(request.documentIdSet());
        people.requireAll(Collections.singletonList(request.personId()));
        return request.talkId() == null ? Set.of() : talks.participantsOf(request.talkId());
    }

    /** A statement as the change feed files it: under its round, and the process that round belongs to. */
    private ChangedResource changed(Statement statement) {
        ChangedResource resource = ChangedResource.of(ResourceType.STATEMENT, statement.getId());
        return statement.getTalkId() == null ? resource
            : resource.atTalk(statement.getTalkId()).inProcess(talks.round(statement.getTalkId()).processId());
    }

    /** The statement to change, locked until the transaction ends so that writes of it queue, and checked against If-Match. */
    private Statement checked(UUID id, ExpectedVersion expected) {
        Statement statement = statements.findLockedById(id).orElseThrow(() -> new NotFound("Statement", id));
        expected.check(statement);
        return statement;
    }

    private Statement find(UUID id) {
        return statements.findOneById(id).orElseThrow(() -> new NotFound("Statement", id));
    }
}

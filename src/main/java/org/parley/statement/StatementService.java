package org.parley.statement;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.parley.delegation.DelegationService;
import org.parley.domain.ExpectedVersion;
import org.parley.domain.InvalidInput;
import org.parley.domain.NotFound;
import org.parley.keyissue.KeyIssueService;
import org.parley.talk.TalkService;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class StatementService {

    // the last time zone to leave a date behind: a statement is "in the future" only if it is so everywhere
    private static final ZoneOffset EARLIEST_ZONE = ZoneOffset.ofHours(14);

    private final StatementRepository statements;

    private final TalkService talks;

    private final DelegationService delegations;

    private final KeyIssueService keyIssues;

    private final Clock clock;

    StatementService(StatementRepository statements, TalkService talks, DelegationService delegations, KeyIssueService keyIssues,
                     Clock clock) {
        this.statements = statements;
        this.talks = talks;
        this.delegations = delegations;
        this.keyIssues = keyIssues;
        this.clock = clock;
    }

    Page<StatementResponse> list(StatementFilter filter, Pageable pageable) {
        return statements.findAll(filter.toSpecification(), pageable).map(StatementResponse::of);
    }

    Page<StatementResponse> listForTalk(UUID talkId, StatementFilter filter, Pageable pageable) {
        talks.requireExists(talkId);
        return list(filter.forTalk(talkId), pageable);
    }

    StatementResponse get(UUID id) {
        return StatementResponse.of(find(id));
    }

    @Transactional
    StatementResponse create(StatementRequest request) {
        Statement.Content content = checked(request);
        return StatementResponse.of(statements.saveAndFlush(new Statement(content)));
    }

    /** Replaces or patches: {@code change} turns the statement's current request form into the wanted one. */
    @Transactional
    StatementResponse update(UUID id, ExpectedVersion expected, UnaryOperator<StatementRequest> change) {
        Statement statement = find(id);
        expected.check(statement);
        statement.revise(checked(change.apply(StatementRequest.of(statement))));
        statements.flush();
        return StatementResponse.of(statement);
    }

    @Transactional
    void delete(UUID id, ExpectedVersion expected) {
        Statement statement = find(id);
        expected.check(statement);
        statements.delete(statement);
    }

    private Statement.Content checked(StatementRequest request) {
        LocalDate latestToday = LocalDate.now(clock.withZone(EARLIEST_ZONE));
        if (request.statedOn().isAfter(latestToday)) {
            throw new InvalidInput("statedOn", "must not be in the future");
        }
        if (request.delegationId() != null) {
            delegations.require(request.delegationId());
        }
        if (request.talkId() != null) {
            Set<UUID> seated = talks.participantsOf(request.talkId());
            if (request.delegationId() != null && !seated.contains(request.delegationId())) {
                throw new DelegationNotAtTalk(request.delegationId(), request.talkId());
            }
        }
        keyIssues.requireAll(request.keyIssueIdSet());
        return request.content();
    }

    private Statement find(UUID id) {
        return statements.findById(id).orElseThrow(() -> new NotFound("Statement", id));
    }
}

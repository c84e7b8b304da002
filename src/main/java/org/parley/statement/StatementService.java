package org.parley.statement;

import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.parley.delegation.DelegationService;
import org.parley.database.Write;
import org.parley.domain.ExpectedVersion;
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
        return statements.findAll(filter.toSpecification(delegations::idsOfSide, talks::idsInProcess), pageable).map(StatementResponse::of);
    }

    Page<StatementResponse> listForTalk(UUID talkId, StatementFilter filter, Pageable pageable) {
        talks.requireExists(talkId);
        return list(filter.forTalk(talkId), pageable);
    }

    StatementResponse get(UUID id) {
        return StatementResponse.of(find(id));
    }

    @Write
    StatementResponse create(StatementRequest request) {
        return StatementResponse.of(statements.saveAndFlush(new Statement(request.content(), seatedFor(request), clock)));
    }

    /** Replaces or patches: {@code change} turns the statement's current request form into the wanted one. */
    @Write
    StatementResponse update(UUID id, ExpectedVersion expected, UnaryOperator<StatementRequest> change) {
        Statement statement = checked(id, expected);
        StatementRequest request = change.apply(StatementRequest.of(statement));
        statement.revise(request.content(), seatedFor(request), clock);
        statements.flush();
        return StatementResponse.of(statement);
    }

    @Write
    void delete(UUID id, ExpectedVersion expected) {
        Statement statement = checked(id, expected);
        statements.delete(statement);
    }

    /** The delegations at the request's talk, once everything the request names is known to exist. */
    private Set<UUID> seatedFor(StatementRequest request) {
        if (request.delegationId() != null) {
            delegations.require(request.delegationId());
        }
        keyIssues.requireAll(request.keyIssueIdSet());
        return request.talkId() == null ? Set.of() : talks.participantsOf(request.talkId());
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

package org.parley.position;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.parley.change.ChangeFeed;
import org.parley.change.ChangedResource;
import org.parley.change.ResourceType;
import org.parley.database.Exports;
import org.parley.database.Write;
import org.parley.domain.ExpectedVersion;
import org.parley.domain.NotFound;
import org.parley.domain.RowSink;
import org.parley.keyissue.KeyIssueService;
import org.parley.keyissue.KeyIssueSummary;
import org.parley.position.KeyIssuePositionsResponse.SidePositionsResponse;
import org.parley.statement.StatementService;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class PositionService {

    /** Far more than any issue gathers; an issue with more shows its latest positions, not all of them. */
    static final int MAX_ON_KEY_ISSUE = 500;

    private final PositionRepository positions;

    private final KeyIssueService keyIssues;

    private final StatementService statements;

    private final Clock clock;

    private final ChangeFeed changes;

    private final Exports exports;

    private final PositionExport rows;

    PositionService(PositionRepository positions, KeyIssueService keyIssues, StatementService statements, Clock clock, ChangeFeed changes,
                    Exports exports, PositionExport rows) {
        this.changes = changes;
        this.exports = exports;
        this.rows = rows;
        this.positions = positions;
        this.keyIssues = keyIssues;
        this.statements = statements;
        this.clock = clock;
    }

    Page<PositionResponse> list(PositionFilter filter, Pageable pageable) {
        return positions.findAll(filter.toSpecification(), pageable).map(PositionResponse::of);
    }

    /** Every position the filter selects, in the order of {@code sort}, to the sink a batch at a time, from one snapshot. */
    void export(PositionFilter filter, Sort sort, RowSink sink) {
        exports.allowLongReads();
        sink.columns(List.of(PositionExport.COLUMNS.split(",")));
        exports.forEachBatch(Position.class, filter.toSpecification(), sort, ids -> rows.write(ids, sink));
    }

    PositionResponse get(UUID id) {
        return PositionResponse.of(find(id));
    }

    @Write
    PositionResponse create(PositionRequest request) {
        Position.Details details = request.details();
        requireReferenced(details);
        Position position = positions.saveAndFlush(new Position(details, clock));
        changes.created(changed(position), position);
        return PositionResponse.of(position);
    }

    /** Replaces or patches: {@code change} turns the position's current request form into the wanted one. */
    @Write
    PositionResponse update(UUID id, ExpectedVersion expected, UnaryOperator<PositionRequest> change) {
        Position position = checked(id, expected);
        ChangeFeed.Snapshot before = changes.before(PositionResponse.of(position));
        Position.Details details = change.apply(PositionRequest.of(position)).details();
        requireReferenced(details);
        position.describe(details, clock);
        positions.flush();
        changes.updated(changed(position), position, before, PositionResponse.of(position));
        return PositionResponse.of(position);
    }

    @Write
    void delete(UUID id, ExpectedVersion expected) {
        Position position = checked(id, expected);
        positions.delete(position);
        changes.deleted(changed(position), position);
    }

    /** Each side's positions on a key issue, by side code, each side's oldest first; the latest {@link #MAX_ON_KEY_ISSUE} at most. */
    KeyIssuePositionsResponse onKeyIssue(UUID keyIssueId) {
        KeyIssueSummary issue = keyIssues.requireAll(List.of(keyIssueId)).get(keyIssueId);
        Map<String, List<PositionResponse>> bySide = new LinkedHashMap<>();
        positions.findLatestOnKeyIssue(keyIssueId, MAX_ON_KEY_ISSUE)
            .forEach(position -> bySide.computeIfAbsent(position.getSide(), side -> new ArrayList<>()).add(PositionResponse.of(position)));
        List<SidePositionsResponse> sides = bySide.entrySet().stream()
            .map(side -> new SidePositionsResponse(side.getKey(), side.getValue().getLast(), List.copyOf(side.getValue())))
            .toList();
        return new KeyIssuePositionsResponse(issue.id(), issue.name(), sides);
    }

    /** {@link NotFound} unless the key issue and every statement cited exist. */
    private void requireReferenced(Position.Details details) {
        keyIssues.requireAll(List.of(details.keyIssueId()));
        statements.requireAll(details.evidenceStatementIds());
    }

    /** The position to change, locked until the transaction ends so that writes of it queue, and checked against If-Match. */
    private Position checked(UUID id, ExpectedVersion expected) {
        Position position = positions.findLockedById(id).orElseThrow(() -> new NotFound("Position", id));
        expected.check(position);
        return position;
    }

    private Position find(UUID id) {
        return positions.findOneById(id).orElseThrow(() -> new NotFound("Position", id));
    }

    private static ChangedResource changed(Position position) {
        return ChangedResource.of(ResourceType.POSITION, position.getId());
    }
}

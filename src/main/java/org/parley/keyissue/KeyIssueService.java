package org.parley.keyissue;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.parley.change.ChangeFeed;
import org.parley.change.ChangedResource;
import org.parley.change.ResourceType;
import org.parley.database.Write;
import org.parley.domain.ExpectedVersion;
import org.parley.domain.NotFound;
import org.parley.domain.References;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class KeyIssueService {

    private final KeyIssueRepository keyIssues;

    private final ApplicationEventPublisher events;

    private final ChangeFeed changes;

    KeyIssueService(KeyIssueRepository keyIssues, ApplicationEventPublisher events, ChangeFeed changes) {
        this.changes = changes;
        this.keyIssues = keyIssues;
        this.events = events;
    }

    Page<KeyIssueResponse> list(KeyIssueFilter filter, Pageable pageable) {
        return keyIssues.findAll(filter.toSpecification(), pageable).map(KeyIssueResponse::of);
    }

    KeyIssueResponse get(UUID id) {
        return KeyIssueResponse.of(find(id));
    }

    @Write
    KeyIssueResponse create(KeyIssueRequest request) {
        requireUniqueName(request.name(), null);
        KeyIssue issue = keyIssues.saveAndFlush(new KeyIssue(request.name(), request.category(), request.description(), request.aliasList()));
        changes.created(changed(issue), issue);
        return KeyIssueResponse.of(issue);
    }

    /** Replaces or patches: {@code change} turns the key issue's current request form into the wanted one. */
    @Write
    KeyIssueResponse update(UUID id, ExpectedVersion expected, UnaryOperator<KeyIssueRequest> change) {
        KeyIssue issue = checked(id, expected);
        ChangeFeed.Snapshot before = changes.before(KeyIssueResponse.of(issue));
        KeyIssueRequest request = change.apply(KeyIssueRequest.of(issue));
        requireUniqueName(request.name(), id);
        issue.describe(request.name(), request.category(), request.description(), request.aliasList());
        keyIssues.flush();
        changes.updated(changed(issue), issue, before, KeyIssueResponse.of(issue));
        return KeyIssueResponse.of(issue);
    }

    @Write
    void delete(UUID id, ExpectedVersion expected) {
        KeyIssue issue = checked(id, expected);
        References references = new References("Key issue " + id);
        events.publishEvent(new KeyIssueRemoval(id, references));
        references.requireNone();
        keyIssues.delete(issue);
        changes.deleted(changed(issue), issue);
    }

    /** Summaries of the given key issues; {@link NotFound} names the first that does not exist. */
    public Map<UUID, KeyIssueSummary> requireAll(Collection<UUID> ids) {
        Map<UUID, KeyIssueSummary> found = summaries(ids);
        ids.stream().filter(id -> !found.containsKey(id)).findFirst().ifPresent(missing -> {
            throw new NotFound("Key issue", missing);
        });
        return found;
    }

    /** Summaries of those of the given key issues that exist, in one query. */
    public Map<UUID, KeyIssueSummary> summaries(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return keyIssues.findSummaries(Set.copyOf(ids)).stream().collect(Collectors.toMap(KeyIssueSummary::id, Function.identity()));
    }

    private void requireUniqueName(String name, UUID exceptId) {
        if (keyIssues.existsByNameExcept(name, exceptId)) {
            throw new DuplicateKeyIssue(name);
        }
    }

    /** The key issue to change, locked until the transaction ends so that writes of it queue, and checked against If-Match. */
    private KeyIssue checked(UUID id, ExpectedVersion expected) {
        KeyIssue issue = keyIssues.findLockedById(id).orElseThrow(() -> new NotFound("Key issue", id));
        expected.check(issue);
        return issue;
    }

    private KeyIssue find(UUID id) {
        return keyIssues.findOneById(id).orElseThrow(() -> new NotFound("Key issue", id));
    }

    private static ChangedResource changed(KeyIssue issue) {
        return ChangedResource.of(ResourceType.KEY_ISSUE, issue.getId());
    }
}

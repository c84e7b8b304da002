package org.parley.change;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks.BeforeCompletionCallback;
import org.parley.domain.AggregateRoot;
import org.parley.history.CurrentRevision;
import org.parley.history.Revisions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.vendor.HibernateJpaDialect;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes the change feed: every use case that changes a record tells it what changed, and the
 * changes are stored in the same transaction, just before it commits.
 * <p>
 * Sequence numbers are taken at that point from the one row of {@code change_cursor}, whose lock is
 * held until the transaction ends. Writers therefore take numbers in the order they commit, and a
 * transaction that rolls back gives its numbers back: the feed has no gaps, and no change can become
 * visible below a sequence number a reader has already seen.
 */
@Component
public class ChangeFeed {

    /** The fields that move with every write and say nothing about what changed. */
    private static final Set<String> BOOKKEEPING = Set.of("version", "createdAt", "updatedAt");

    private final JdbcTemplate jdbc;

    private final JsonMapper json;

    private final HibernateJpaDialect dialect = new HibernateJpaDialect();

    @PersistenceContext
    private EntityManager entityManager;

    private final Revisions revisions;

    ChangeFeed(JdbcTemplate jdbc, JsonMapper json, Revisions revisions) {
        this.jdbc = jdbc;
        this.json = json;
        this.revisions = revisions;
    }

    /** The state of a record before it changes, to compare with the state after. */
    public Snapshot before(Object body) {
        return new Snapshot(body == null ? json.nullNode() : withoutBookkeeping(json.valueToTree(body)));
    }

    /**
     * @param versionOf the aggregate whose version is the record's ETag, read once the transaction's
     *                  writes are flushed
     */
    public void created(ChangedResource resource, AggregateRoot versionOf) {
        pending().add(new Pending(resource, ChangeAction.CREATED, versionOf, new TreeSet<>()));
    }

    /**
     * Records an update naming the top-level fields whose values differ, and answers whether there were
     * any: an update that changed nothing is not a change.
     */
    public boolean updated(ChangedResource resource, AggregateRoot versionOf, Snapshot before, Object after) {
        Set<String> fields = before.fieldsChangedIn(withoutBookkeeping(json.valueToTree(after)));
        if (!fields.isEmpty()) {
            pending().add(new Pending(resource, ChangeAction.UPDATED, versionOf, fields));
        }
        return !fields.isEmpty();
    }

    /** Records an update of the named fields, such as a talk's {@code participants} when a seat changed. */
    public void updated(ChangedResource resource, AggregateRoot versionOf, String... fields) {
        pending().add(new Pending(resource, ChangeAction.UPDATED, versionOf, new TreeSet<>(List.of(fields))));
    }

    public void deleted(ChangedResource resource, AggregateRoot versionOf) {
        pending().add(new Pending(resource, ChangeAction.DELETED, versionOf, new TreeSet<>()));
    }

    private Transaction pending() {
        if (!TransactionSynchronizationManager.isSynchronizationActive() || TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            throw new IllegalStateException("A change is recorded only inside the read-write transaction that makes it");
        }
        Transaction transaction = (Transaction) TransactionSynchronizationManager.getResource(this);
        if (transaction == null) {
            transaction = new Transaction();
            TransactionSynchronizationManager.bindResource(this, transaction);
            TransactionSynchronizationManager.registerSynchronization(transaction);
        }
        return transaction;
    }

    private static JsonNode withoutBookkeeping(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove(BOOKKEEPING);
            object.forEach(ChangeFeed::withoutBookkeeping);
        }
        else if (node.isArray()) {
            node.forEach(ChangeFeed::withoutBookkeeping);
        }
        return node;
    }

    /** A record's state as a client reads it, less the fields every write moves. */
    public static final class Snapshot {

        private final JsonNode state;

        private Snapshot(JsonNode state) {
            this.state = state;
        }

        Set<String> fieldsChangedIn(JsonNode after) {
            Set<String> fields = new TreeSet<>();
            after.propertyNames().forEach(name -> {
                if (!Objects.equals(state.get(name), after.get(name))) {
                    fields.add(name);
                }
            });
            state.propertyNames().forEach(name -> {
                if (!after.has(name)) {
                    fields.add(name);
                }
            });
            return fields;
        }
    }

    private record Pending(ChangedResource resource, ChangeAction action, AggregateRoot versionOf, Set<String> fields) {

        /** This change followed by a later one of the same record in the same transaction, as one change. */
        Pending then(Pending later) {
            ChangeAction action = this.action == ChangeAction.CREATED && later.action != ChangeAction.DELETED ? ChangeAction.CREATED : later.action;
            Set<String> fields = new TreeSet<>(this.fields);
            fields.addAll(later.fields);
            return new Pending(later.resource, action, later.versionOf, action == ChangeAction.UPDATED ? fields : new TreeSet<>());
        }
    }

    private record Key(ResourceType type, Object parentId, Object id) {
    }

    /** The changes of one transaction, stored when it is about to commit. */
    private final class Transaction implements TransactionSynchronization {

        private final Map<Key, Pending> changes = new LinkedHashMap<>();

        void add(Pending change) {
            ChangedResource r = change.resource();
            changes.merge(new Key(r.type(), r.parentId(), r.id()), change, Pending::then);
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            if (changes.isEmpty()) {
                return;
            }
            // the transaction's own writes first, so that the cursor's lock is held for as short a time as possible,
            // and so that each aggregate's version is the one committed
            try {
                entityManager.flush();
            }
            catch (RuntimeException e) {
                RuntimeException translated = dialect.translateExceptionIfPossible(e);
                throw translated == null ? e : translated;
            }
            // Envers writes the transaction's audit rows as Hibernate completes it, and the feed's rows follow them: the
            // cursor's lock is then held for the feed's own rows only. Naming the revision first makes Envers' completion
            // step the one registered before the feed's.
            CurrentRevision revision = revisions.current();
            entityManager.unwrap(SessionImplementor.class).getActionQueue()
                .registerCallback((BeforeCompletionCallback) session -> append(revision));
        }

        private void append(CurrentRevision revision) {
            long last = jdbc.queryForObject("update change_cursor set last_seq = last_seq + ? returning last_seq", Long.class, changes.size());
            List<Object[]> rows = new ArrayList<>();
            long seq = last - changes.size();
            for (Iterator<Pending> it = changes.values().iterator(); it.hasNext(); ) {
                Pending change = it.next();
                ChangedResource r = change.resource();
                rows.add(new Object[] { ++seq, r.type().name(), r.id(), change.action().name(), change.versionOf().getVersion(),
                    change.fields().toArray(String[]::new), r.path(), r.talkId(), r.processId(), revision.number(), revision.madeBy() });
            }
            jdbc.batchUpdate("""
                insert into changes (seq, at, resource_type, resource_id, action, version, changed_fields, path, talk_id, process_id, revision, changed_by)
                values (?, clock_timestamp(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, rows);
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(ChangeFeed.this);
        }
    }
}

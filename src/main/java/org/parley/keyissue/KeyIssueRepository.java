package org.parley.keyissue;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface KeyIssueRepository extends JpaRepository<KeyIssue, UUID>, JpaSpecificationExecutor<KeyIssue> {

    @Query("select count(k) > 0 from KeyIssue k where lower(k.name) = lower(:name) and (:exceptId is null or k.id <> :exceptId)")
    boolean existsByNameExcept(String name, UUID exceptId);

    @Query("select new org.parley.keyissue.KeyIssueSummary(k.id, k.name) from KeyIssue k where k.id in :ids")
    List<KeyIssueSummary> findSummaries(Collection<UUID> ids);

    /**
     * By query rather than {@code findById}: Hibernate's {@code EntityManager.find} answers "nothing" when
     * the connection fails inside the transaction, which would turn a database outage into a 404.
     */
    Optional<KeyIssue> findOneById(UUID id);

    /** Locked until the transaction ends, so that concurrent writes of one aggregate queue instead of racing. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<KeyIssue> findLockedById(UUID id);
}

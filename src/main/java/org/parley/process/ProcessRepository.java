package org.parley.process;

import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ProcessRepository extends JpaRepository<PeaceProcess, UUID>, JpaSpecificationExecutor<PeaceProcess> {

    @Query("select count(p) > 0 from PeaceProcess p where lower(p.name) = lower(:name) and (:exceptId is null or p.id <> :exceptId)")
    boolean existsByNameExcept(String name, UUID exceptId);

    /** By query rather than {@code findById}, which answers "nothing" when the connection fails inside the transaction. */
    Optional<PeaceProcess> findOneById(UUID id);

    /** Locked until the transaction ends, so that concurrent writes of one aggregate queue instead of racing. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<PeaceProcess> findLockedById(UUID id);
}

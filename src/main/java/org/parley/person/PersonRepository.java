package org.parley.person;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface PersonRepository extends JpaRepository<Person, UUID>, JpaSpecificationExecutor<Person> {

    /** Whose name or one of whose aliases contains the pattern, already lower-cased and escaped for like. */
    @Query(value = """
        select p.id from people p where lower(p.name) like :pattern escape '\\'
        union
        select a.person_id from person_aliases a where lower(a.alias) like :pattern escape '\\'
        """, nativeQuery = true)
    List<UUID> findIdsSpelled(String pattern);

    @Query("select p.id from Person p where p.id in :ids")
    List<UUID> findExistingIds(Collection<UUID> ids);

    @Query("select new org.parley.person.PersonName(p.id, p.name) from Person p where p.id in :ids")
    List<PersonName> findNames(Collection<UUID> ids);

    /** By query rather than {@code findById}, which answers "nothing" when the connection fails inside the transaction. */
    Optional<Person> findOneById(UUID id);

    /** Locked until the transaction ends, so that concurrent writes of one aggregate queue instead of racing. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<Person> findLockedById(UUID id);
}

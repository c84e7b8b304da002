package org.parley.history;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.envers.AuditReaderFactory;

import org.springframework.stereotype.Component;

/** The revision of the transaction under way, for records that point to it, such as the change feed. */
@Component
public class Revisions {

    @PersistenceContext
    private EntityManager entityManager;

    /** Made now if the transaction has not yet written an audited change, so it is never missing. */
    public CurrentRevision current() {
        Revision revision = AuditReaderFactory.get(entityManager).getCurrentRevision(Revision.class, true);
        return new CurrentRevision(revision.getId(), revision.getMadeBy());
    }
}

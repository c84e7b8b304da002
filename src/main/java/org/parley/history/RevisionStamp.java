package org.parley.history;

import org.hibernate.envers.RevisionListener;
import org.parley.web.RequestIds;

/** Marks each new revision with the caller and the request that made it. */
public class RevisionStamp implements RevisionListener {

    /** What a revision made outside any request, such as the demo's seeding at start-up, is attributed to. */
    static final String SYSTEM = "system";

    @Override
    public void newRevision(Object revision) {
        String caller = Callers.current();
        String requestId = RequestIds.current();
        ((Revision) revision).stamp(requestId == null && Callers.ANONYMOUS.equals(caller) ? SYSTEM : caller, requestId);
    }
}

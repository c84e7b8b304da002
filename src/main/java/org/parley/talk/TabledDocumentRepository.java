package org.parley.talk;

import java.util.UUID;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** What other features need to know of the documents tabled at rounds, without loading the rounds. */
interface TabledDocumentRepository extends Repository<TabledDocument, UUID> {

    /** The rounds the document was tabled at; a document is tabled at a round at most once. */
    @Query("select count(d) from TabledDocument d where d.documentId = :documentId")
    long countTalksTabling(UUID documentId);
}

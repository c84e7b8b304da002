package org.parley.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.parley.database.TextSearch;
import org.parley.document.DocumentService;
import org.parley.domain.CountedPage;
import org.parley.domain.InvalidInput;
import org.parley.domain.TextHit;
import org.parley.domain.TextQuery;
import org.parley.statement.StatementService;
import org.parley.talk.TalkService;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One search across statements, talks and documents: each kind ranks its own matches and gives its best
 * up to the end of the page asked for, and the hits are merged by rank. Pages therefore reach only the
 * first {@link #MAX_HITS} hits: past them a search should be narrowed, not paged.
 */
@Service
@Transactional(readOnly = true)
public class SearchService {

    static final int MAX_HITS = 1000;

    private static final Comparator<SearchHitResponse> BEST_FIRST = Comparator.comparingDouble(SearchHitResponse::rank).reversed()
        .thenComparing(SearchHitResponse::type).thenComparing(SearchHitResponse::id);

    private final TextSearch textSearch;

    private final StatementService statements;

    private final TalkService talks;

    private final DocumentService documents;

    SearchService(TextSearch textSearch, StatementService statements, TalkService talks, DocumentService documents) {
        this.textSearch = textSearch;
        this.statements = statements;
        this.talks = talks;
        this.documents = documents;
    }

    Page<SearchHitResponse> search(TextQuery query, Set<HitType> types, Set<UUID> processIds, Pageable pageable) {
        long end = pageable.getOffset() + pageable.getPageSize();
        if (end > MAX_HITS) {
            throw new InvalidInput("page", "a search shows its best " + MAX_HITS + " hits; narrow it with more words, type or processId");
        }
        int limit = (int) end;
        String tsQuery = textSearch.tsQuery(query);
        List<SearchHitResponse> hits = new ArrayList<>();
        long total = 0;
        boolean exact = true;
        for (HitType type : types.isEmpty() ? Set.of(HitType.values()) : types) {
            TextHit.Hits found = switch (type) {
                case STATEMENT -> statements.search(tsQuery, processIds, limit);
                case TALK -> talks.search(tsQuery, processIds, limit);
                case DOCUMENT -> documents.search(tsQuery, processIds, limit);
            };
            found.hits().forEach(hit -> hits.add(SearchHitResponse.of(type, hit)));
            total += found.total();
            exact &= found.totalExact();
        }
        hits.sort(BEST_FIRST);
        List<SearchHitResponse> page = hits.subList((int) Math.min(pageable.getOffset(), hits.size()), Math.min(limit, hits.size()));
        return exact ? CountedPage.exactly(List.copyOf(page), pageable, total) : CountedPage.atLeast(List.copyOf(page), pageable, total);
    }
}

package org.parley.standing;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.parley.document.DocumentService;
import org.parley.keyissue.KeyIssueService;
import org.parley.keyissue.KeyIssueSummary;
import org.parley.process.ProcessService;
import org.parley.statement.StatementBrief;
import org.parley.statement.StatementService;
import org.parley.talk.AgendaEntry;
import org.parley.talk.AgendaStatus;
import org.parley.talk.RoundSummary;
import org.parley.talk.TalkService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Where each key issue stands: read across rounds and statements, a constant few queries whatever their number. */
@Service
@Transactional(readOnly = true)
class StandingService {

    private final KeyIssueService keyIssues;

    private final TalkService talks;

    private final StatementService statements;

    private final ProcessService processes;

    private final DocumentService documents;

    StandingService(KeyIssueService keyIssues, TalkService talks, StatementService statements, ProcessService processes,
                    DocumentService documents) {
        this.keyIssues = keyIssues;
        this.talks = talks;
        this.statements = statements;
        this.processes = processes;
        this.documents = documents;
    }

    KeyIssueTimeline timeline(UUID keyIssueId, UUID processId) {
        KeyIssueSummary issue = keyIssues.requireAll(List.of(keyIssueId)).get(keyIssueId);
        if (processId != null) {
            processes.requireExists(processId);
        }
        List<AgendaEntry> entries = talks.agendaEntriesOn(keyIssueId, processId);
        Map<UUID, List<StatementBrief>> said = statements.aboutAt(keyIssueId, entries.stream().map(AgendaEntry::talkId).toList());
        List<KeyIssueTimeline.TimelineRound> rounds = entries.stream()
            .map(e -> new KeyIssueTimeline.TimelineRound(e.talkId(), e.title(), e.processId(), e.startDate(), e.endDate(), e.talkStatus(), e.status(),
                e.note(), said.getOrDefault(e.talkId(), List.of()).stream().limit(KeyIssueTimeline.MAX_STATEMENTS_PER_ROUND).toList()))
            .toList();
        return new KeyIssueTimeline(issue.id(), issue.name(), processId, currentStatus(entries), rounds,
            documents.covering(keyIssueId, processId).stream().limit(KeyIssueTimeline.MAX_DOCUMENTS).toList());
    }

    /**
     * Compares a round's agenda with an earlier round's: by default the one of the same process that
     * started last before it.
     */
    RoundComparison comparison(UUID talkId, UUID withTalkId) {
        RoundSummary round = talks.round(talkId);
        UUID earlier = withTalkId != null ? talks.round(withTalkId).id() : talks.previousRound(round).orElse(null);
        Map<UUID, List<AgendaEntry>> agendas = talks.agendasOf(earlier == null ? List.of(talkId) : List.of(talkId, earlier));
        Map<UUID, AgendaStatus> after = statuses(agendas.getOrDefault(talkId, List.of()));
        Map<UUID, AgendaStatus> before = earlier == null ? Map.of() : statuses(agendas.getOrDefault(earlier, List.of()));
        Set<UUID> issues = new LinkedHashSet<>(after.keySet());
        issues.addAll(before.keySet());
        Map<UUID, KeyIssueSummary> names = keyIssues.summaries(issues);
        List<RoundComparison.ComparisonItem> items = issues.stream()
            .map(id -> new RoundComparison.ComparisonItem(id, names.get(id).name(), before.get(id), after.get(id), Change.between(before.get(id), after.get(id))))
            .sorted(Comparator.comparing(RoundComparison.ComparisonItem::name))
            .toList();
        return new RoundComparison(talkId, earlier, items);
    }

    private static Map<UUID, AgendaStatus> statuses(List<AgendaEntry> agenda) {
        Map<UUID, AgendaStatus> statuses = new HashMap<>();
        agenda.forEach(entry -> statuses.put(entry.keyIssueId(), entry.status()));
        return statuses;
    }

    // a planned round's agenda says what is expected, not where the issue stands
    private static AgendaStatus currentStatus(List<AgendaEntry> entries) {
        return entries.stream().filter(e -> e.talkStatus().hasSat()).reduce((first, second) -> second)
            .or(() -> entries.stream().reduce((first, second) -> second))
            .map(AgendaEntry::status)
            .orElse(null);
    }
}

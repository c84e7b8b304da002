package org.parley.talk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.criteria.Subquery;
import org.parley.domain.InvalidInput;

import org.springframework.data.jpa.domain.Specification;

/** The list filters of {@code GET /talks}; each null field filters nothing. */
record TalkFilter(TalkStatus status, TalkFormat format, LocalDate from, LocalDate to, UUID delegationId, UUID keyIssueId,
                  String country, UUID processId) {

    TalkFilter {
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidInput("to", "must be on or after from (" + from + ")");
        }
    }

    Specification<Talk> toSpecification() {
        List<Specification<Talk>> specs = new ArrayList<>();
        if (status != null) {
            specs.add((talk, query, cb) -> cb.equal(talk.get("status"), status));
        }
        if (format != null) {
            specs.add((talk, query, cb) -> cb.equal(talk.get("format"), format));
        }
        // a round overlaps [from, to] when it starts no later than `to` and ends no earlier than `from`
        if (to != null) {
            specs.add((talk, query, cb) -> cb.lessThanOrEqualTo(talk.get("startDate"), to));
        }
        if (from != null) {
            specs.add((talk, query, cb) -> cb.greaterThanOrEqualTo(talk.get("endDate"), from));
        }
        if (country != null && !country.isBlank()) {
            specs.add((talk, query, cb) -> cb.equal(cb.lower(talk.get("country")), country.trim().toLowerCase(Locale.ROOT)));
        }
        if (processId != null) {
            specs.add((talk, query, cb) -> cb.equal(talk.get("processId"), processId));
        }
        if (delegationId != null) {
            specs.add((talk, query, cb) -> {
                Subquery<Participation> seat = query.subquery(Participation.class);
                var participation = seat.from(Participation.class);
                seat.select(participation).where(cb.equal(participation.get("talk"), talk),
                    cb.equal(participation.get("delegationId"), delegationId));
                return cb.exists(seat);
            });
        }
        if (keyIssueId != null) {
            specs.add((talk, query, cb) -> {
                Subquery<AgendaItem> item = query.subquery(AgendaItem.class);
                var agendaItem = item.from(AgendaItem.class);
                item.select(agendaItem).where(cb.equal(agendaItem.get("talk"), talk),
                    cb.equal(agendaItem.get("keyIssueId"), keyIssueId));
                return cb.exists(item);
            });
        }
        return Specification.allOf(specs);
    }
}

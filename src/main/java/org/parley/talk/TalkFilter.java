package org.parley.talk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;

import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Subquery;
import org.parley.domain.ListFilters;
import org.parley.domain.InvalidInput;
import org.parley.domain.TextMatch;
import org.parley.domain.TextQuery;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

/**
 * The list filters of {@code GET /talks}: an empty list or a null filters nothing, and several values
 * of one filter match any of them. {@code roles} with {@code delegationIds} asks for rounds where one of
 * those delegations sat in one of those roles.
 */
record TalkFilter(List<TalkStatus> statuses, List<TalkFormat> formats, LocalDate from, LocalDate to, List<UUID> delegationIds,
                  List<ParticipantRole> roles, List<UUID> keyIssueIds, List<String> countries, List<String> cities, List<UUID> processIds,
                  Instant updatedSince, TextQuery q) {

    TalkFilter {
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidInput("to", "must be on or after from (" + from + ")");
        }
        statuses = ListFilters.values(statuses);
        formats = ListFilters.values(formats);
        delegationIds = ListFilters.values(delegationIds);
        roles = ListFilters.values(roles);
        keyIssueIds = ListFilters.values(keyIssueIds);
        countries = countries == null ? List.of() : countries.stream().map(String::strip).toList();
        cities = lowerCase(cities);
        processIds = ListFilters.values(processIds);
    }

    /**
     * @param countryNames the names, folded, that the countries go by
     * @param tsQueries    the query PostgreSQL runs for {@code q}, with other spellings
     * @param sort         the page's order, which may be by relevance to {@code q}
     */
    Specification<Talk> toSpecification(Function<List<String>, List<String>> countryNames, Function<TextQuery, String> tsQueries, Sort sort) {
        List<Specification<Talk>> specs = new ArrayList<>();
        if (q != null) {
            specs.add(TextMatch.of(tsQueries.apply(q), sort));
        }
        specs.add(ListFilters.anyOf("status", statuses));
        specs.add(ListFilters.anyOf("format", formats));
        // a round overlaps [from, to] when it starts no later than `to` and ends no earlier than `from`
        if (to != null) {
            specs.add((talk, query, cb) -> cb.lessThanOrEqualTo(talk.get("startDate"), to));
        }
        if (from != null) {
            specs.add((talk, query, cb) -> cb.greaterThanOrEqualTo(talk.get("endDate"), from));
        }
        if (!countries.isEmpty()) {
            List<String> names = countryNames.apply(countries);
            specs.add((talk, query, cb) -> cb.function("parley_fold", String.class, talk.get("country")).in(names));
        }
        if (!cities.isEmpty()) {
            specs.add((talk, query, cb) -> cb.lower(talk.get("city")).in(cities));
        }
        specs.add(ListFilters.anyOf("processId", processIds));
        if (!delegationIds.isEmpty() || !roles.isEmpty()) {
            specs.add((talk, query, cb) -> {
                Subquery<Participation> seat = query.subquery(Participation.class);
                var participation = seat.from(Participation.class);
                List<Predicate> where = new ArrayList<>(List.of(cb.equal(participation.get("talk"), talk)));
                if (!delegationIds.isEmpty()) {
                    where.add(participation.get("delegationId").in(delegationIds));
                }
                if (!roles.isEmpty()) {
                    where.add(participation.get("role").in(roles));
                }
                seat.select(participation).where(where.toArray(Predicate[]::new));
                return cb.exists(seat);
            });
        }
        if (!keyIssueIds.isEmpty()) {
            specs.add((talk, query, cb) -> {
                Subquery<AgendaItem> item = query.subquery(AgendaItem.class);
                var agendaItem = item.from(AgendaItem.class);
                item.select(agendaItem).where(cb.equal(agendaItem.get("talk"), talk), agendaItem.get("keyIssueId").in(keyIssueIds));
                return cb.exists(item);
            });
        }
        specs.add(ListFilters.updatedSince(updatedSince));
        return Specification.allOf(specs);
    }


    private static List<String> lowerCase(List<String> names) {
        return names == null ? List.of() : names.stream().map(name -> name.strip().toLowerCase(Locale.ROOT)).toList();
    }
}

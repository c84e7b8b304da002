package org.parley.person;

import java.util.ArrayList;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.parley.domain.ListFilters;

import org.springframework.data.jpa.domain.Specification;

/** The list filters of {@code GET /people}; each null or empty field filters nothing, and several sides match any of them. */
record PersonFilter(String name, List<String> sides, Instant updatedSince) {

    PersonFilter {
        sides = ListFilters.values(sides);
    }

    Specification<Person> toSpecification() {
        List<Specification<Person>> specs = new ArrayList<>();
        if (name != null) {
            String pattern = likePattern(name);
            specs.add((person, query, cb) -> {
                Subquery<Integer> spelled = query.subquery(Integer.class);
                Root<Person> same = spelled.correlate(person);
                Join<Person, String> alias = same.join("aliases");
                spelled.select(cb.literal(1)).where(cb.like(cb.lower(alias), pattern, '\\'));
                return cb.or(cb.like(cb.lower(person.get("name")), pattern, '\\'), cb.exists(spelled));
            });
        }
        if (!sides.isEmpty()) {
            specs.add((person, query, cb) -> {
                Subquery<Integer> served = query.subquery(Integer.class);
                Root<Person> same = served.correlate(person);
                Join<Person, Affiliation> affiliation = same.join("affiliations");
                served.select(cb.literal(1)).where(affiliation.get("side").in(sides));
                return cb.exists(served);
            });
        }
        specs.add(ListFilters.updatedSince(updatedSince));
        return Specification.allOf(specs);
    }

    /** A case-insensitive like pattern for part of a name: "50%" finds the text 50%, not everything containing 50. */
    static String likePattern(String part) {
        String escaped = part.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}

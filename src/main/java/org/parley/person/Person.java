package org.parley.person;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.OptimisticLock;
import org.hibernate.envers.Audited;
import org.parley.domain.AggregateRoot;
import org.parley.domain.InvalidInput;
import org.parley.history.RecordShape;

import static org.parley.history.RecordShape.Part.list;

/** Someone who negotiates or speaks, under the many spellings the press gives their name. */
@Entity
@Audited
@Table(name = "people")
class Person extends AggregateRoot {

    /** Where its history is kept, and that of the parts it holds. */
    static final RecordShape HISTORY = RecordShape.of("Person", "people",
        list("aliases", "person_aliases", "person_id", "ordinal"),
        list("affiliations", "person_affiliations", "person_id", "ordinal"));

    static final int MAX_ALIASES = 50;

    static final int MAX_AFFILIATIONS = 50;

    private String name;

    // describe() moves the version itself; counting collection changes too would bump it twice
    @ElementCollection
    @OptimisticLock(excluded = true)
    @CollectionTable(name = "person_aliases", joinColumns = @JoinColumn(name = "person_id"))
    @OrderColumn(name = "ordinal")
    @Column(name = "alias")
    private List<String> aliases = new ArrayList<>();

    @ElementCollection
    @OptimisticLock(excluded = true)
    @CollectionTable(name = "person_affiliations", joinColumns = @JoinColumn(name = "person_id"))
    @OrderColumn(name = "ordinal")
    private List<Affiliation> affiliations = new ArrayList<>();

    protected Person() {
    }

    Person(Details details) {
        describe(details);
    }

    @Override
    public String kind() {
        return "Person";
    }

    /** New details: each spelling given once, and each affiliation ending no earlier than it began. */
    void describe(Details details) {
        Set<String> spellings = new HashSet<>();
        spellings.add(details.name().toLowerCase(Locale.ROOT));
        for (int i = 0; i < details.aliases().size(); i++) {
            if (!spellings.add(details.aliases().get(i).toLowerCase(Locale.ROOT))) {
                throw new InvalidInput("aliases[" + i + "]", "repeats the name or another alias (compared without regard to case)");
            }
        }
        for (int i = 0; i < details.affiliations().size(); i++) {
            Affiliation affiliation = details.affiliations().get(i);
            if (affiliation.from() != null && affiliation.to() != null && affiliation.to().isBefore(affiliation.from())) {
                throw new InvalidInput("affiliations[" + i + "].to", "must be on or after from (" + affiliation.from() + ")");
            }
        }
        if (details.equals(details())) {
            return;
        }
        this.name = details.name();
        this.aliases.clear();
        this.aliases.addAll(details.aliases());
        this.affiliations.clear();
        this.affiliations.addAll(details.affiliations());
        touch();
    }

    private Details details() {
        return new Details(name, List.copyOf(aliases), List.copyOf(affiliations));
    }

    String getName() {
        return name;
    }

    List<String> getAliases() {
        return Collections.unmodifiableList(aliases);
    }

    List<Affiliation> getAffiliations() {
        return Collections.unmodifiableList(affiliations);
    }

    record Details(String name, List<String> aliases, List<Affiliation> affiliations) {
    }
}

package org.parley.keyissue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.OptimisticLock;
import org.hibernate.envers.Audited;
import org.parley.domain.AggregateRoot;
import org.parley.domain.InvalidInput;
import org.parley.history.RecordShape;

import static org.parley.history.RecordShape.Part.list;

@Entity
@Audited
@Table(name = "key_issues")
class KeyIssue extends AggregateRoot {

    /** Where its history is kept, and that of the parts it holds. */
    static final RecordShape HISTORY = RecordShape.of("Key issue", "key_issues", list("aliases", "key_issue_aliases", "key_issue_id", "ordinal"));

    static final int MAX_ALIASES = 50;

    private String name;

    @Enumerated(EnumType.STRING)
    private KeyIssueCategory category;

    private String description;

    // describe() moves the version itself; counting collection changes too would bump it twice
    @ElementCollection
    @OptimisticLock(excluded = true)
    @CollectionTable(name = "key_issue_aliases", joinColumns = @JoinColumn(name = "key_issue_id"))
    @OrderColumn(name = "ordinal")
    @Column(name = "alias")
    private List<String> aliases = new ArrayList<>();

    protected KeyIssue() {
    }

    KeyIssue(String name, KeyIssueCategory category, String description, List<String> aliases) {
        describe(name, category, description, aliases);
    }

    @Override
    public String kind() {
        return "Key issue";
    }

    /** New details, each spelling (the name and its aliases: Zaporozhye for Zaporizhzhia) given once. */
    void describe(String name, KeyIssueCategory category, String description, List<String> aliases) {
        Set<String> spellings = new HashSet<>();
        spellings.add(name.toLowerCase(Locale.ROOT));
        for (int i = 0; i < aliases.size(); i++) {
            if (!spellings.add(aliases.get(i).toLowerCase(Locale.ROOT))) {
                throw new InvalidInput("aliases[" + i + "]", "repeats the name or another alias (compared without regard to case)");
            }
        }
        if (Objects.equals(this.name, name) && this.category == category && Objects.equals(this.description, description)
            && this.aliases.equals(aliases)) {
            return;
        }
        this.name = name;
        this.category = category;
        this.description = description;
        this.aliases.clear();
        this.aliases.addAll(aliases);
        touch();
    }

    String getName() {
        return name;
    }

    KeyIssueCategory getCategory() {
        return category;
    }

    String getDescription() {
        return description;
    }

    List<String> getAliases() {
        return Collections.unmodifiableList(aliases);
    }
}

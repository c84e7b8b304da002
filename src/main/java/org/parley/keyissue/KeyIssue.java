package org.parley.keyissue;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.parley.domain.AggregateRoot;

@Entity
@Table(name = "key_issues")
class KeyIssue extends AggregateRoot {

    private String name;

    @Enumerated(EnumType.STRING)
    private KeyIssueCategory category;

    private String description;

    protected KeyIssue() {
    }

    KeyIssue(String name, KeyIssueCategory category, String description) {
        describe(name, category, description);
    }

    @Override
    public String kind() {
        return "Key issue";
    }

    void describe(String name, KeyIssueCategory category, String description) {
        this.name = name;
        this.category = category;
        this.description = description;
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
}

package org.parley.delegation;

import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.UuidGenerator;

@Entity
@Table(name = "delegation_members")
class Member {

    @Id
    @GeneratedValue
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "delegation_id")
    private Delegation delegation;

    private String fullName;

    private String position;

    private boolean head;

    protected Member() {
    }

    Member(Delegation delegation, String fullName, String position, boolean head) {
        this.delegation = delegation;
        describe(fullName, position, head);
    }

    void describe(String fullName, String position, boolean head) {
        this.fullName = fullName;
        this.position = position;
        this.head = head;
    }

    boolean isDescribedAs(String fullName, String position, boolean head) {
        return this.fullName.equals(fullName) && Objects.equals(this.position, position) && this.head == head;
    }

    UUID getId() {
        return id;
    }

    String getFullName() {
        return fullName;
    }

    String getPosition() {
        return position;
    }

    boolean isHead() {
        return head;
    }
}

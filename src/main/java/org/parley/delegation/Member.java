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
import org.hibernate.envers.Audited;

@Entity
@Audited
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

    private UUID personId;

    protected Member() {
    }

    Member(Delegation delegation, Details details) {
        this.delegation = delegation;
        describe(details);
    }

    void describe(Details details) {
        this.fullName = details.fullName();
        this.position = details.position();
        this.head = details.head();
        this.personId = details.personId();
    }

    boolean isDescribedAs(Details details) {
        return fullName.equals(details.fullName()) && Objects.equals(position, details.position()) && head == details.head()
            && Objects.equals(personId, details.personId());
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

    UUID getPersonId() {
        return personId;
    }

    /** Who a member is: the name as reported, the position, whether they head the delegation, and the person, if known. */
    record Details(String fullName, String position, boolean head, UUID personId) {
    }
}

package org.parley.person;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.parley.change.ChangeFeed;
import org.parley.change.ChangedResource;
import org.parley.change.ResourceType;
import org.parley.database.Write;
import org.parley.domain.ExpectedVersion;
import org.parley.domain.NotFound;
import org.parley.domain.References;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class PersonService {

    private final PersonRepository people;

    private final ApplicationEventPublisher events;

    private final ChangeFeed changes;

    PersonService(PersonRepository people, ApplicationEventPublisher events, ChangeFeed changes) {
        this.changes = changes;
        this.people = people;
        this.events = events;
    }

    Page<PersonResponse> list(PersonFilter filter, Pageable pageable) {
        return people.findAll(filter.toSpecification(), pageable).map(PersonResponse::of);
    }

    PersonResponse get(UUID id) {
        return PersonResponse.of(find(id));
    }

    @Write
    PersonResponse create(PersonRequest request) {
        Person person = people.saveAndFlush(new Person(request.details()));
        changes.created(changed(person), person);
        return PersonResponse.of(person);
    }

    /** Replaces or patches: {@code change} turns the person's current request form into the wanted one. */
    @Write
    PersonResponse update(UUID id, ExpectedVersion expected, UnaryOperator<PersonRequest> change) {
        Person person = checked(id, expected);
        ChangeFeed.Snapshot before = changes.before(PersonResponse.of(person));
        person.describe(change.apply(PersonRequest.of(person)).details());
        people.flush();
        changes.updated(changed(person), person, before, PersonResponse.of(person));
        return PersonResponse.of(person);
    }

    @Write
    void delete(UUID id, ExpectedVersion expected) {
        Person person = checked(id, expected);
        References references = new References("Person " + id);
        events.publishEvent(new PersonRemoval(id, references));
        references.requireNone();
        people.delete(person);
        changes.deleted(changed(person), person);
    }

    /** {@link NotFound} names the first of the given people that does not exist. */
    public void requireAll(Collection<UUID> ids) {
        Set<UUID> wanted = ids.stream().filter(Objects::nonNull).collect(Collectors.toSet());
        if (wanted.isEmpty()) {
            return;
        }
        Set<UUID> found = Set.copyOf(people.findExistingIds(wanted));
        wanted.stream().filter(id -> !found.contains(id)).findFirst().ifPresent(missing -> {
            throw new NotFound("Person", missing);
        });
    }

    /** The names of those of the given people that exist, in one query. */
    public Map<UUID, String> names(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return people.findNames(Set.copyOf(ids)).stream().collect(Collectors.toMap(PersonName::id, PersonName::name));
    }

    /** The people whose name or an alias contains the given part, in any case: "zelenskiy" finds Zelenskyy by his alias. */
    public List<UUID> idsSpelled(String part) {
        return people.findIdsSpelled(PersonFilter.likePattern(part));
    }

    /** The person to change, locked until the transaction ends so that writes of them queue, and checked against If-Match. */
    private Person checked(UUID id, ExpectedVersion expected) {
        Person person = people.findLockedById(id).orElseThrow(() -> new NotFound("Person", id));
        expected.check(person);
        return person;
    }

    private Person find(UUID id) {
        return people.findOneById(id).orElseThrow(() -> new NotFound("Person", id));
    }

    private static ChangedResource changed(Person person) {
        return ChangedResource.of(ResourceType.PERSON, person.getId());
    }
}

package org.parley.process;

import java.util.UUID;
import java.util.function.UnaryOperator;

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
public class ProcessService {

    private final ProcessRepository processes;

    private final ApplicationEventPublisher events;

    private final ChangeFeed changes;

    ProcessService(ProcessRepository processes, ApplicationEventPublisher events, ChangeFeed changes) {
        this.changes = changes;
        this.processes = processes;
        this.events = events;
    }

    Page<ProcessResponse> list(ProcessFilter filter, Pageable pageable) {
        return processes.findAll(filter.toSpecification(), pageable).map(ProcessResponse::of);
    }

    ProcessResponse get(UUID id) {
        return ProcessResponse.of(find(id));
    }

    @Write
    ProcessResponse create(ProcessRequest request) {
        requireUniqueName(request.name(), null);
        PeaceProcess process = processes.saveAndFlush(new PeaceProcess(request.details(ProcessStatus.ACTIVE)));
        changes.created(changed(process), process);
        return ProcessResponse.of(process);
    }

    /** Replaces or patches: {@code change} turns the process's current request form into the wanted one. */
    @Write
    ProcessResponse update(UUID id, ExpectedVersion expected, UnaryOperator<ProcessRequest> change) {
        PeaceProcess process = checked(id, expected);
        ChangeFeed.Snapshot before = changes.before(ProcessResponse.of(process));
        ProcessRequest request = change.apply(ProcessRequest.of(process));
        requireUniqueName(request.name(), id);
        process.describe(request.details(process.getStatus()));
        processes.flush();
        changes.updated(changed(process), process, before, ProcessResponse.of(process));
        return ProcessResponse.of(process);
    }

    @Write
    void delete(UUID id, ExpectedVersion expected) {
        PeaceProcess process = checked(id, expected);
        References references = new References("Process " + id);
        events.publishEvent(new ProcessRemoval(id, references));
        references.requireNone();
        processes.delete(process);
        changes.deleted(changed(process), process);
    }

    /** {@link NotFound} unless the process exists. */
    public void requireExists(UUID id) {
        if (!processes.existsById(id)) {
            throw new NotFound("Process", id);
        }
    }

    private void requireUniqueName(String name, UUID exceptId) {
        if (processes.existsByNameExcept(name, exceptId)) {
            throw new DuplicateProcess(name);
        }
    }

    /** The process to change, locked until the transaction ends so that writes of it queue, and checked against If-Match. */
    private PeaceProcess checked(UUID id, ExpectedVersion expected) {
        PeaceProcess process = processes.findLockedById(id).orElseThrow(() -> new NotFound("Process", id));
        expected.check(process);
        return process;
    }

    private PeaceProcess find(UUID id) {
        return processes.findOneById(id).orElseThrow(() -> new NotFound("Process", id));
    }

    private static ChangedResource changed(PeaceProcess process) {
        return ChangedResource.of(ResourceType.PROCESS, process.getId()).inProcess(process.getId());
    }
}

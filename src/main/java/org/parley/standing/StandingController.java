package org.parley.standing;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.parley.web.AlsoNotFound;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Standing", description = "Where each key issue stands, and how it moved from round to round")
@RequestMapping("/api/v1")
class StandingController {

    private final StandingService standing;

    StandingController(StandingService standing) {
        this.standing = standing;
    }

    @Operation(operationId = "getKeyIssueTimeline", summary = "Follow a key issue from round to round",
        description = "Every round that had the key issue on its agenda, in date order (rounds not yet dated last), with its status and note "
            + "there and the statements made on it around that round, and the issue's current status. Limit it to one process with processId.")
    @AlsoNotFound("Process 88888888-0000-7000-8000-000000000009 does not exist")
    @GetMapping("/key-issues/{id}/timeline")
    KeyIssueTimeline timeline(@PathVariable UUID id, @RequestParam(required = false) UUID processId) {
        return standing.timeline(id, processId);
    }

    @Operation(operationId = "compareTalks", summary = "What changed since an earlier round",
        description = "Per key issue, its status at an earlier round and at this one, and whether it advanced, regressed, stayed, appeared "
            + "or dropped. Without `with`, the earlier round is the one of the same process that started last before this one; a round "
            + "without one is compared with nothing, so everything on its agenda appeared.")
    @AlsoNotFound("Talk 33333333-0000-7000-8000-000000000009 does not exist")
    @GetMapping("/talks/{id}/comparison")
    RoundComparison comparison(@PathVariable UUID id, @RequestParam(name = "with", required = false) UUID with) {
        return standing.comparison(id, with);
    }
}

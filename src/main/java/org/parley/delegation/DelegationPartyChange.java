package org.parley.delegation;

import java.util.UUID;

/**
 * Published when a delegation is about to speak for another side; features whose rules depend on
 * sides (a talk's mediator may not also be a party) refuse it by throwing.
 */
public record DelegationPartyChange(UUID delegationId, String party) {
}

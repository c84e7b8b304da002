package org.parley.position;

import io.swagger.v3.oas.annotations.media.Schema;

/** Where a side stands on a key issue, as the position's summary frames the issue ("ceding territory"). */
@Schema(enumAsRef = true, description = "A side's stance on a key issue as the position's summary frames it: SUPPORTS or OPPOSES it, "
    + "CONDITIONAL (would accept it on conditions the summary names) or UNDECIDED")
public enum Stance {
    SUPPORTS, OPPOSES, CONDITIONAL, UNDECIDED
}

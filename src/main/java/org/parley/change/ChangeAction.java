package org.parley.change;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(enumAsRef = true, description = "What happened to the record")
public enum ChangeAction {
    CREATED, UPDATED, DELETED
}

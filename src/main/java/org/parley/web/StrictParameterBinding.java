package org.parley.web;

import java.beans.PropertyEditorSupport;
import java.util.UUID;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Binds ids in paths and query parameters through {@link StrictUuids}: the JDK's own parser reads
 * "1-1-1-1-1" as a UUID, which would answer a typo with 404 instead of 400. Booleans are read only as
 * true or false, where Spring's default editor also takes yes, on and 1.
 */
@ControllerAdvice
class StrictParameterBinding {

    @InitBinder
    void strictUuids(WebDataBinder binder) {
        binder.registerCustomEditor(UUID.class, new PropertyEditorSupport() {

            @Override
            public void setAsText(String text) {
                setValue(StrictUuids.parse(text));
            }
        });
        binder.registerCustomEditor(Boolean.class, new PropertyEditorSupport() {

            @Override
            public void setAsText(String text) {
                setValue(switch (text) {
                    case "true" -> Boolean.TRUE;
                    case "false" -> Boolean.FALSE;
                    default -> throw new IllegalArgumentException("not true or false: " + text);
                });
            }
        });
    }
}

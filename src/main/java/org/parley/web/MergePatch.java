package org.parley.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.parley.domain.InvalidInput;
import org.parley.domain.InvalidInput.FieldError;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

/**
 * Applies a JSON Merge Patch (RFC 7396) to the request form of a resource and checks the result as a
 * full replacement would be checked, so PATCH and PUT share one set of rules.
 */
@Component
public class MergePatch {

    public static final String MEDIA_TYPE = "application/merge-patch+json";

    private final JsonMapper mapper;

    private final Validator validator;

    MergePatch(JsonMapper mapper, Validator validator) {
        this.mapper = mapper;
        this.validator = validator;
    }

    public <T> T apply(JsonNode patch, T current, Class<T> type) {
        if (patch == null || !patch.isObject()) {
            throw new InvalidInput("body", "a merge patch must be a JSON object");
        }
        JsonNode merged = merge(mapper.valueToTree(current), patch);
        T patched;
        try {
            patched = mapper.treeToValue(merged, type);
        }
        catch (JacksonException ex) {
            throw new Unreadable(ex);
        }
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<T> violation : validator.validate(patched)) {
            errors.add(new FieldError(violation.getPropertyPath().toString(), violation.getMessage()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return patched;
    }

    /** The patched resource does not read as its request form: answered like an unreadable body. */
    static final class Unreadable extends RuntimeException {

        Unreadable(JacksonException cause) {
            super(cause);
        }

        @Override
        public synchronized JacksonException getCause() {
            return (JacksonException) super.getCause();
        }
    }

    private JsonNode merge(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode result = target != null && target.isObject() ? (ObjectNode) target.deepCopy() : mapper.createObjectNode();
        for (Map.Entry<String, JsonNode> entry : patch.properties()) {
            if (entry.getValue().isNull()) {
                result.remove(entry.getKey());
            }
            else {
                result.set(entry.getKey(), merge(result.get(entry.getKey()), entry.getValue()));
            }
        }
        return result;
    }
}

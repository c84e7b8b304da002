package org.parley.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.parley.domain.InvalidInput;
import org.parley.domain.InvalidInput.FieldError;

import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses a query parameter given twice, except the repeatable {@code sort}: Spring would quietly bind
 * the first of two statuses, or join two countries with a comma, and answer a question not asked.
 */
class SingleValuedParameters implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        List<FieldError> errors = request.getParameterMap().entrySet().stream()
            .filter(parameter -> parameter.getValue().length > 1 && !parameter.getKey().equals("sort"))
            .map(Map.Entry::getKey)
            .sorted()
            .map(name -> new FieldError(name, "must be given once"))
            .toList();
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return true;
    }
}

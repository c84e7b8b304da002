package org.parley.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.parley.domain.InvalidInput;
import org.parley.domain.TextMatch;
import org.parley.domain.InvalidInput.FieldError;

import org.springframework.core.MethodParameter;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Reads paging parameters and refuses what it cannot honour, where Spring Data's resolver would clamp
 * an oversized page or ignore an unknown sort property: a script asking for 500 rows should learn
 * that it gets at most 100, not silently miss rows.
 */
class StrictPageableResolver implements HandlerMethodArgumentResolver {

    static final int DEFAULT_SIZE = 20;

    static final int MAX_SIZE = 100;

    /** So that page times size stays addressable for every size. */
    static final int MAX_PAGE = Integer.MAX_VALUE / MAX_SIZE;

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return Pageable.class.equals(parameter.getParameterType()) && parameter.hasParameterAnnotation(SortableBy.class);
    }

    @Override
    public Pageable resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
                                    WebDataBinderFactory binderFactory) {
        SortableBy sortable = parameter.getParameterAnnotation(SortableBy.class);
        List<FieldError> errors = new ArrayList<>();
        int page = number(request.getParameter("page"), 0, "page", errors);
        int size = number(request.getParameter("size"), DEFAULT_SIZE, "size", errors);
        if (page < 0 || page > MAX_PAGE) {
            errors.add(new FieldError("page", "must be between 0 and " + MAX_PAGE));
        }
        if (size < 1 || size > MAX_SIZE) {
            errors.add(new FieldError("size", "must be between 1 and " + MAX_SIZE));
        }
        String[] sortParameters = request.getParameterValues("sort");
        String searched = sortable.searchedBy().isEmpty() ? null : request.getParameter(sortable.searchedBy());
        boolean searching = searched != null && !searched.isBlank();
        String[] allowed = searching ? Stream.concat(Stream.of(TextMatch.RELEVANCE), Stream.of(sortable.value())).toArray(String[]::new)
            : sortable.value();
        String defaultSort = searching ? TextMatch.RELEVANCE + ",desc" : sortable.defaultSort();
        boolean sorted = sortParameters != null && sortParameters.length > 0;
        Sort sort = Sort.unsorted();
        if (!searching && sorted && !sortable.searchedBy().isEmpty() && Stream.of(sortParameters).anyMatch(p -> p.contains(TextMatch.RELEVANCE))) {
            errors.add(new FieldError("sort", "can sort by relevance only with %s, the text searched for".formatted(sortable.searchedBy())));
        }
        else if (sorted && sortParameters.length > allowed.length) {
            errors.add(new FieldError("sort", "may be given at most " + allowed.length + " times"));
        }
        else if (sorted || allowed.length > 0) {
            sort = sort(sorted ? sortParameters : new String[] { defaultSort }, allowed, errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        // a unique last key keeps pages stable when many rows share the sorted values
        return PageRequest.of(page, size, sort.and(Sort.by("id")));
    }

    private static int number(String value, int fallback, String name, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        }
        catch (NumberFormatException ex) {
            errors.add(new FieldError(name, "must be a whole number"));
            return fallback;
        }
    }

    private static Sort sort(String[] parameters, String[] allowed, List<FieldError> errors) {
        List<String> allowedList = Arrays.asList(allowed);
        List<Sort.Order> orders = new ArrayList<>();
        for (String parameter : parameters) {
            List<String> parts = new ArrayList<>(Arrays.stream(parameter.split(",")).map(String::trim).filter(p -> !p.isEmpty()).toList());
            Sort.Direction direction = Sort.Direction.ASC;
            if (parts.size() > 1) {
                String last = parts.get(parts.size() - 1).toLowerCase(Locale.ROOT);
                if (last.equals("asc") || last.equals("desc")) {
                    direction = Sort.Direction.fromString(last);
                    parts.remove(parts.size() - 1);
                }
            }
            if (parts.isEmpty()) {
                errors.add(new FieldError("sort", "must name a property, e.g. " + allowed[0] + ",desc"));
            }
            for (String property : parts) {
                if (!allowedList.contains(property)) {
                    errors.add(new FieldError("sort", "cannot sort by '%s'; sortable properties are %s".formatted(property, String.join(", ", allowed))));
                    continue;
                }
                orders.add(new Sort.Order(direction, property));
            }
        }
        return Sort.by(orders);
    }
}

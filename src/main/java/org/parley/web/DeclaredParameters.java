package org.parley.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.parley.domain.InvalidInput;
import org.parley.domain.InvalidInput.FieldError;

import org.springframework.core.MethodParameter;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses query parameters an operation does not take, blank ones, and ones given twice (except the
 * repeatable {@code sort} and filters that take several values, which are declared as lists). Spring would ignore a misspelt filter ({@code keyissueid}), read a blank one
 * as no filter, and bind the first of two statuses: each answers a question the caller did not ask.
 */
class DeclaredParameters implements HandlerInterceptor {

    private static final List<String> PAGING = List.of("page", "size", "sort");

    private final Map<HandlerMethod, Set<String>> accepted = new ConcurrentHashMap<>();

    private final Map<HandlerMethod, Set<String>> repeatable = new ConcurrentHashMap<>();

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        Set<String> names = accepted.computeIfAbsent(method, DeclaredParameters::declaredBy);
        Set<String> lists = repeatable.computeIfAbsent(method, DeclaredParameters::repeatableIn);
        List<FieldError> errors = new ArrayList<>();
        QueryString.of(request).forEach((name, values) -> {
            if (!names.contains(name)) {
                errors.add(new FieldError(name, names.isEmpty() ? "is not a parameter of this operation, which takes none"
                    : "is not a parameter of this operation; it takes " + String.join(", ", names)));
            }
            else if (values.size() > 1 && !lists.contains(name)) {
                errors.add(new FieldError(name, "must be given once"));
            }
            else if (values.stream().anyMatch(String::isBlank)) {
                errors.add(new FieldError(name, "must not be blank; leave the parameter out to not filter by it"));
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return true;
    }

    /** The query parameters that may be given more than once: {@code sort}, and those bound to a collection. */
    static Set<String> repeatableIn(HandlerMethod method) {
        Set<String> names = new TreeSet<>();
        for (MethodParameter parameter : method.getMethodParameters()) {
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            if (param != null && (Collection.class.isAssignableFrom(parameter.getParameterType()) || parameter.getParameterType().isArray())) {
                names.add(StringUtils.hasText(param.name()) ? param.name() : parameter.getParameterName());
            }
            if (parameter.hasParameterAnnotation(SortableBy.class)) {
                names.add("sort");
            }
        }
        return names;
    }

    /** The query parameters an operation declares, as its description in the contract lists them. */
    static Set<String> declaredBy(HandlerMethod method) {
        Set<String> names = new TreeSet<>();
        for (MethodParameter parameter : method.getMethodParameters()) {
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            if (param != null) {
                names.add(StringUtils.hasText(param.name()) ? param.name() : parameter.getParameterName());
            }
            if (parameter.hasParameterAnnotation(SortableBy.class)) {
                names.addAll(PAGING);
            }
        }
        return names;
    }
}

package org.parley.web;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.parley.domain.ExpectedVersion;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Hands a write handler the {@code If-Match} precondition as an {@link ExpectedVersion}. Replacing,
 * patching or deleting without one is refused (428): two editors would otherwise overwrite each
 * other without either noticing. Adding to a collection may go without.
 */
class ExpectedVersionResolver implements HandlerMethodArgumentResolver {

    private static final Set<String> OVERWRITING = Set.of("PUT", "PATCH", "DELETE");

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return ExpectedVersion.class.equals(parameter.getParameterType());
    }

    @Override
    public ExpectedVersion resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
                                           WebDataBinderFactory binderFactory) {
        String[] ifMatch = request.getHeaderValues(HttpHeaders.IF_MATCH);
        if (ifMatch == null) {
            String method = request.getNativeRequest(HttpServletRequest.class).getMethod();
            if (OVERWRITING.contains(method)) {
                throw new PreconditionRequired(method);
            }
            return ExpectedVersion.ANY;
        }
        return ETags.expected(String.join(", ", ifMatch));
    }

    /** Whether operations of this method need If-Match, for the description. */
    static boolean required(String method) {
        return OVERWRITING.contains(method);
    }
}

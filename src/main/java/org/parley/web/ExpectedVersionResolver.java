package org.parley.web;

import org.parley.domain.ExpectedVersion;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Hands a write handler the {@code If-Match} precondition as an {@link ExpectedVersion}. */
class ExpectedVersionResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return ExpectedVersion.class.equals(parameter.getParameterType());
    }

    @Override
    public ExpectedVersion resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
                                           WebDataBinderFactory binderFactory) {
        String[] ifMatch = request.getHeaderValues(HttpHeaders.IF_MATCH);
        return ETags.expected(ifMatch == null ? null : String.join(", ", ifMatch));
    }
}

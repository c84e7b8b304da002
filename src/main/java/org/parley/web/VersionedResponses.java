package org.parley.web;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Gives every single-resource response its ETag, and answers a GET whose {@code If-None-Match} names
 * the current version with 304 and no body. An anonymous read may be cached if revalidated; any other
 * answer may not.
 */
@RestControllerAdvice
class VersionedResponses implements ResponseBodyAdvice<Object> {

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                                  Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
                                  ServerHttpResponse response) {
        if (!(body instanceof Versioned versioned)) {
            return body;
        }
        boolean read = HttpMethod.GET.equals(request.getMethod()) || HttpMethod.HEAD.equals(request.getMethod());
        boolean unchanged = read && ETags.noneMatchHits(ifNoneMatch(request), versioned.version());
        response.getHeaders().setETag(ETags.of(versioned.version()));
        if (read && request.getPrincipal() == null) {
            // what anyone may read may be kept by a cache that asks again each time, at the cost of a 304;
            // what a caller read with credentials is kept nowhere (no-store, Spring Security's default)
            response.getHeaders().setCacheControl("no-cache");
        }
        if (unchanged) {
            response.setStatusCode(HttpStatus.NOT_MODIFIED);
            return null;
        }
        return body;
    }

    private static String ifNoneMatch(ServerHttpRequest request) {
        var values = request.getHeaders().get(HttpHeaders.IF_NONE_MATCH);
        return values == null || values.isEmpty() ? null : String.join(", ", values);
    }
}

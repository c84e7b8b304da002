package org.parley.web;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletResponse;
import org.parley.domain.InvalidInput;
import org.parley.domain.InvalidInput.FieldError;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Resolves an {@link Exportable} {@link Export} parameter: an export when the client prefers CSV or NDJSON
 * to JSON, else null, and the list answers a page. An export holds every row the filters select, so
 * the parameters that page the list are refused with it rather than ignored.
 */
class ExportResolver implements HandlerMethodArgumentResolver {

    private static final List<MediaType> OFFERED = List.of(MediaType.APPLICATION_JSON, Export.CSV, Export.NDJSON);

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return Export.class.equals(parameter.getParameterType()) && parameter.hasParameterAnnotation(Exportable.class);
    }

    @Override
    public Export resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
                                  WebDataBinderFactory binderFactory) throws HttpMediaTypeNotAcceptableException {
        MediaType chosen = chosen(request.getHeader(HttpHeaders.ACCEPT));
        if (chosen == null || chosen.equals(MediaType.APPLICATION_JSON)) {
            return null;
        }
        Exportable exportable = parameter.getParameterAnnotation(Exportable.class);
        List<FieldError> errors = Stream.of(exportable.paging()).filter(name -> request.getParameter(name) != null)
            .map(name -> new FieldError(name, "an export holds every row the filters select; leave out " + name)).toList();
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return new Export(chosen.equals(Export.NDJSON) ? Export.NDJSON : Export.CSV, request.getNativeResponse(HttpServletResponse.class),
            exportable.value(), List.of(exportable.columns().split(",")));
    }

    /** The offered type the Accept header prefers, JSON when it names none of them in particular; null when it takes none. */
    private static MediaType chosen(String accept) throws HttpMediaTypeNotAcceptableException {
        if (accept == null || accept.isBlank()) {
            return MediaType.APPLICATION_JSON;
        }
        List<MediaType> accepted;
        try {
            accepted = MediaType.parseMediaTypes(accept);
        }
        catch (InvalidMediaTypeException ex) {
            throw new HttpMediaTypeNotAcceptableException(ex.getMessage());
        }
        // the most wanted first; among equals, the most specific (text/csv before text/*)
        accepted = accepted.stream().sorted(Comparator.comparingDouble(MediaType::getQualityValue).reversed()
            .thenComparing(type -> (type.isWildcardType() ? 2 : 0) + (type.isWildcardSubtype() ? 1 : 0))).toList();
        for (MediaType wanted : accepted) {
            if (wanted.getQualityValue() == 0) {
                continue;
            }
            for (MediaType offered : OFFERED) {
                if (wanted.includes(offered)) {
                    return offered;
                }
            }
        }
        return null;
    }
}

package org.parley.web;

import java.util.List;
import java.util.UUID;

import org.springframework.format.FormatterRegistry;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.handler.AbstractHandlerMapping;

// first, so that the strict resolver sees annotated Pageable parameters before Spring Data's lenient one
@Configuration(proxyBeanMethods = false)
@Order(Ordered.HIGHEST_PRECEDENCE)
@EnableConfigurationProperties(CorsProperties.class)
class WebConfiguration implements WebMvcConfigurer {

    private final CorsProperties cors;

    WebConfiguration(CorsProperties cors) {
        this.cors = cors;
    }

    @Override
    public void addFormatters(FormatterRegistry registry) {
        // each value of a list of ids (?delegationId=a&delegationId=b) is read as strictly as a single one
        registry.addConverter(String.class, UUID.class, StrictUuids::parse);
        registry.addConverter(new WholeTextValues());

    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new StrictPageableResolver());
        resolvers.add(new ExpectedVersionResolver());
        resolvers.add(new ExportResolver());
    }

    // JSON only: a YAML body would bypass the strict JSON reading (springdoc brings a YAML converter along)
    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        converters.removeIf(converter -> converter.getSupportedMediaTypes().stream()
            .anyMatch(type -> type.getSubtype().contains("yaml")));
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new DeclaredParameters()).addPathPatterns("/api/**");
    }

    /** Every handler mapping refuses a cross-origin request with a problem; Spring's own answer is plain text. */
    @Bean
    static BeanPostProcessor crossOriginProblems() {
        return new BeanPostProcessor() {

            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof AbstractHandlerMapping mapping) {
                    mapping.setCorsProcessor(new CrossOriginProblems());
                }
                return bean;
            }
        };
    }

    @Override
    public void addCorsMappings(CorsRegistry registry) {
        if (cors.allowedOrigins().isEmpty()) {
            return;
        }
        registry.addMapping("/api/**")
            .allowedOrigins(cors.allowedOrigins().toArray(String[]::new))
            .allowedMethods("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE")
            .allowedHeaders(HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE, HttpHeaders.IF_MATCH, HttpHeaders.IF_NONE_MATCH,
                IdempotencyFilter.HEADER, RequestIds.HEADER)
            .exposedHeaders(HttpHeaders.ETAG, HttpHeaders.LOCATION, HttpHeaders.WWW_AUTHENTICATE, IdempotencyFilter.REPLAYED, HttpHeaders.RETRY_AFTER,
                RateLimitFilter.STATE, RateLimitFilter.POLICY, RequestIds.HEADER)
            .maxAge(3600);
    }
}

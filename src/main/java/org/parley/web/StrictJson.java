package org.parley.web;

import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Reads request bodies only in their own JSON form: 12 is no title, "true" is no boolean, a property
 * given twice is no property, and text must be text. A script that sends something else learns it,
 * instead of having it converted into something it did not mean, or stored as something it did not send.
 */
@Configuration(proxyBeanMethods = false)
class StrictJson {

    static final String UNPAIRED_SURROGATE = "must be well-formed Unicode text; it holds half of a surrogate pair (such as \\ud800) "
        + "without the other half";

    @Bean
    JsonMapperBuilderCustomizer strictJsonReading() {
        return builder -> builder
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .withCoercionConfig(LogicalType.Textual, config -> config
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Boolean, config -> config
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
            .addModule(new SimpleModule("parley-well-formed-text").addDeserializer(String.class, new WellFormedText()));
    }

    /**
     * JSON may escape half a surrogate pair ({@code "\ud800"}), which no UTF-8 text can hold: PostgreSQL
     * would store a question mark in its place, so Parley would keep something other than what it
     * acknowledged. Such text is refused instead.
     */
    static final class WellFormedText extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String text = super.deserialize(parser, context);
            if (text != null && !wellFormed(text)) {
                throw InvalidFormatException.from(parser, UNPAIRED_SURROGATE, text, String.class);
            }
            return text;
        }

        static boolean wellFormed(CharSequence text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                }
                else if (Character.isSurrogate(c)) {
                    return false;
                }
            }
            return true;
        }
    }
}

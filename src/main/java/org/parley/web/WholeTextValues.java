package org.parley.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.ConditionalGenericConverter;

/**
 * Reads one text value of a filter that takes several as one value: Spring would split {@code
 * city=Washington, D.C.} at the comma into two cities, neither of which exists. Ids and enum values are
 * still split, so {@code kind=CLAIM,DENIAL} is two kinds.
 */
class WholeTextValues implements ConditionalGenericConverter {

    @Override
    public Set<ConvertiblePair> getConvertibleTypes() {
        return Set.of(new ConvertiblePair(String.class, Collection.class));
    }

    @Override
    public boolean matches(TypeDescriptor sourceType, TypeDescriptor targetType) {
        TypeDescriptor element = targetType.getElementTypeDescriptor();
        return element != null && String.class.equals(element.getType()) && targetType.getType().isAssignableFrom(ArrayList.class);
    }

    @Override
    public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
        return source == null ? null : new ArrayList<>(List.of((String) source));
    }
}

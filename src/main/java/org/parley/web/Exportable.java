package org.parley.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the {@link Export} parameter of a list: the list also answers {@code Accept: text/csv} and
 * {@code Accept: application/x-ndjson} with every row its filters select.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
public @interface Exportable {

    /** The file name a download is offered under, without extension, e.g. {@code statements}. */
    String value();

    /** The columns, comma-separated, in their order: the CSV header and the keys of each NDJSON line. */
    String columns();

    /** The parameters that page the list, refused with an export, which holds every row. */
    String[] paging() default { "page", "size" };
}

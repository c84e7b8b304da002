package org.parley.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.parley.domain.Rule;

/**
 * The domain rules an operation can refuse a request under (409). The description lists each, with an
 * example, beside the concurrent modification every write can run into.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Conflicts {

    Rule[] value();
}

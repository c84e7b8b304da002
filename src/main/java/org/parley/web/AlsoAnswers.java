package org.parley.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A problem a handler can answer with beyond those its shape implies (404 for path ids, 415 for bodies,
 * …), such as a 404 for an id named inside the body; the description documents it with the shared
 * Problem body.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface AlsoAnswers {

    int status();

    String description();
}

package org.parley.web;

/** A response body of one resource, whose version becomes its ETag. */
public interface Versioned {

    long version();
}

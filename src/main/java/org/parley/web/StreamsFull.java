package org.parley.web;

/** An instance already serves as many long-lived streams as it may; the client retries later, or polls. */
public class StreamsFull extends RuntimeException {

    public StreamsFull() {
        super("streams full");
    }
}

package org.parley.access;

/**
 * What a caller may do. Each role may do all that the roles before it may: a viewer reads, an editor also
 * creates and changes records, an admin also deletes them and manages API tokens.
 */
public enum Role {

    VIEWER, EDITOR, ADMIN;

    /** The authority Spring Security checks for this role. */
    String authority() {
        return "ROLE_" + name();
    }
}

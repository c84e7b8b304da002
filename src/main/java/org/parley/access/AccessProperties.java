package org.parley.access;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may do what.
 *
 * @param adminToken     a token with the ADMIN role that needs no entry in the database, for making the first
 *                       API tokens; from the environment (PARLEY_ADMIN_TOKEN), never from a file in the project
 * @param readsNeedToken whether reading takes a token (VIEWER or above); for deployments holding unpublished material
 * @param rolesClaim     the claim of a JWT that holds its roles (VIEWER, EDITOR, ADMIN), a list or a space-separated string
 */
@ConfigurationProperties("parley.access")
record AccessProperties(String adminToken, boolean readsNeedToken, @DefaultValue("roles") String rolesClaim) {

    AccessProperties {
        adminToken = adminToken == null || adminToken.isBlank() ? null : adminToken.strip();
    }

    // never the admin token itself, wherever the properties are printed
    @Override
    public String toString() {
        return "AccessProperties[adminToken=" + (adminToken == null ? "none" : "set") + ", readsNeedToken=" + readsNeedToken
            + ", rolesClaim=" + rolesClaim + "]";
    }
}

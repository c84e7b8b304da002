package org.parley.web;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ids of the demo round (src/main/resources/demo/miami-round.sql), for examples in the description that
 * work when tried in Swagger UI against an instance started with the demo profile.
 */
final class DemoIds {

    static final String MIAMI = "33333333-0000-7000-8000-000000000001";

    static final String US_DELEGATION = "11111111-0000-7000-8000-000000000001";

    static final String RUSSIAN_DELEGATION = "11111111-0000-7000-8000-000000000002";

    static final String WITKOFF = "55555555-0000-7000-8000-000000000001";

    static final String TERRITORY = "22222222-0000-7000-8000-000000000001";

    static final String NUCLEAR_PLANT = "22222222-0000-7000-8000-000000000002";

    static final String STATEMENT = "44444444-0000-7000-8000-000000000001";

    static final String PROCESS = "88888888-0000-7000-8000-000000000001";

    static final String ZELENSKYY = "12121212-0000-7000-8000-000000000001";

    static final String DOCUMENT = "99999999-0000-7000-8000-000000000001";

    static final String TABLED_DOCUMENT = "99999999-0000-7000-8000-000000000002";

    static final String DOCUMENT_VERSION = "99999999-0000-7000-8000-000000000101";

    static final String POSITION = "13131313-0000-7000-8000-000000000001";

    static final String SESSION = "14141414-0000-7000-8000-000000000001";

    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");

    private DemoIds() {
    }

    /** The demo id for a path variable, told apart by the collection it follows. */
    static String of(String path, String variable) {
        String before = path.substring(0, path.indexOf("{" + variable + "}"));
        if (before.endsWith("/participants/") || before.endsWith("/delegations/") && variable.equals("delegationId")) {
            return RUSSIAN_DELEGATION;
        }
        if (before.endsWith("/agenda/")) {
            return NUCLEAR_PLANT;
        }
        if (before.endsWith("/members/")) {
            return WITKOFF;
        }
        if (before.endsWith("/delegations/")) {
            return US_DELEGATION;
        }
        if (before.endsWith("/key-issues/")) {
            return TERRITORY;
        }
        if (before.endsWith("/statements/")) {
            return STATEMENT;
        }
        if (before.endsWith("/people/")) {
            return ZELENSKYY;
        }
        if (before.endsWith("/processes/")) {
            return PROCESS;
        }
        if (before.endsWith("/versions/") && variable.equals("versionId")) {
            return DOCUMENT_VERSION;
        }
        // the demo tables the 20-point plan at Miami, not the 28-point plan it superseded
        if (before.endsWith("/talks/{id}/documents/")) {
            return TABLED_DOCUMENT;
        }
        if (before.endsWith("/documents/")) {
            return DOCUMENT;
        }
        if (before.endsWith("/sessions/")) {
            return SESSION;
        }
        if (before.endsWith("/positions/")) {
            return POSITION;
        }
        return MIAMI;
    }

    /** The names of the path's variables, in order. */
    static List<String> variables(String path) {
        return VARIABLE.matcher(path).results().map(variable -> variable.group(1)).toList();
    }

    /** The path with every variable replaced by its demo id. */
    static String fill(String path) {
        Matcher variable = VARIABLE.matcher(path);
        StringBuilder filled = new StringBuilder();
        while (variable.find()) {
            variable.appendReplacement(filled, of(path, variable.group(1)));
        }
        variable.appendTail(filled);
        return filled.toString();
    }
}

package org.parley.web;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parley.domain.ExpectedVersion;

/** Parley's entity tags are a resource's version in quotes: {@code "3"}. */
final class ETags {

    private static final Pattern STRONG_TAG = Pattern.compile("\\s*(W/)?\"([^\"]*)\"\\s*(,|$)");

    private static final Pattern OUR_TAG = Pattern.compile("0|[1-9][0-9]{0,17}");

    private ETags() {
    }

    static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * What an {@code If-Match} header asks for. Weak and unparseable tags match nothing, as RFC 9110's
     * strong comparison requires, so a garbled header fails the precondition rather than passing it.
     */
    static ExpectedVersion expected(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return ExpectedVersion.ANY;
        }
        Set<Long> versions = new HashSet<>();
        Matcher matcher = STRONG_TAG.matcher(ifMatch);
        while (matcher.find()) {
            if (matcher.group(1) == null) {
                // only the exact form Parley sends matches: "00" or "+0" is not the tag "0"
                if (OUR_TAG.matcher(matcher.group(2)).matches()) {
                    versions.add(Long.parseLong(matcher.group(2)));
                }
            }
        }
        return new ExpectedVersion(versions);
    }

    /** Whether an {@code If-None-Match} header names the current version (weak comparison, RFC 9110). */
    static boolean noneMatchHits(String ifNoneMatch, long version) {
        if (ifNoneMatch == null) {
            return false;
        }
        if (ifNoneMatch.trim().equals("*")) {
            return true;
        }
        Matcher matcher = STRONG_TAG.matcher(ifNoneMatch);
        while (matcher.find()) {
            if (matcher.group(2).equals(Long.toString(version))) {
                return true;
            }
        }
        return false;
    }
}

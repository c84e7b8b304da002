package org.parley.web;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.parley.domain.ExpectedVersion;
import org.parley.domain.InvalidInput;

import org.springframework.http.ETag;

/** Parley's entity tags are a resource's version in quotes: {@code "3"}. */
final class ETags {

    /** Longer conditional headers are refused; the contract publishes the limit. */
    static final int MAX_HEADER_LENGTH = 200;

    /**
     * RFC 9110: "*", or a list of entity-tags, each an optional W/ and a quoted string of visible
     * characters. The description publishes the same expression.
     */
    static final String ENTITY_TAGS_FORM = "^[ \\t]*(\\*|(W/)?\"[\\x21\\x23-\\x7E]*\"([ \\t]*,[ \\t]*(W/)?\"[\\x21\\x23-\\x7E]*\")*)[ \\t]*$";

    private static final Pattern ENTITY_TAGS = Pattern.compile(ENTITY_TAGS_FORM);

    private static final Pattern OUR_TAG = Pattern.compile("0|[1-9][0-9]{0,17}");

    private static final String FORM = "must be * or one or more ETags in double quotes, such as \"3\", as the ETag header gave them";

    private ETags() {
    }

    static String of(long version) {
        return new ETag(Long.toString(version), false).formattedTag();
    }

    /**
     * What an {@code If-Match} header asks for. Weak tags and tags of another form match nothing, as
     * RFC 9110's strong comparison requires; a header that is no list of tags at all is refused.
     */
    static ExpectedVersion expected(String ifMatch) {
        List<ETag> tags = parse("If-Match", ifMatch);
        if (tags.stream().anyMatch(ETag::isWildcard)) {
            return ExpectedVersion.ANY;
        }
        Set<Long> versions = new HashSet<>();
        for (ETag tag : tags) {
            // only the exact form Parley sends matches: "00" or "+0" is not the tag "0"
            if (!tag.weak() && OUR_TAG.matcher(tag.tag()).matches()) {
                versions.add(Long.parseLong(tag.tag()));
            }
        }
        return new ExpectedVersion(versions);
    }

    /** Whether an {@code If-None-Match} header names the current version (weak comparison, RFC 9110). */
    static boolean noneMatchHits(String ifNoneMatch, long version) {
        if (ifNoneMatch == null) {
            return false;
        }
        ETag current = new ETag(Long.toString(version), false);
        return parse("If-None-Match", ifNoneMatch).stream().anyMatch(tag -> tag.isWildcard() || tag.compare(current, false));
    }

    private static List<ETag> parse(String header, String value) {
        if (value.length() > MAX_HEADER_LENGTH) {
            throw new InvalidInput(header, "must be at most " + MAX_HEADER_LENGTH + " characters");
        }
        if (!ENTITY_TAGS.matcher(value).matches()) {
            throw new InvalidInput(header, FORM);
        }
        return ETag.parse(value);
    }
}

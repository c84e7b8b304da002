package org.parley;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Request bodies for the API tests, built from the Miami round of December 2025 and varied only where a
 * test needs it: {@code aTalk().bilateral().ongoing()}.
 */
public final class Fixtures {

    private Fixtures() {
    }

    public static DelegationBody aDelegation() {
        return new DelegationBody().with("name", "Russian delegation").with("party", "Russia").with("partyCode", "RUS");
    }

    public static Json aMember(String fullName) {
        return new Json().with("fullName", fullName).with("position", "Special Envoy").with("head", false);
    }

    public static Json aKeyIssue(String name) {
        return new Json().with("name", name).with("category", "TERRITORY").with("description", "Who holds which land");
    }

    public static Json aProcess(String name) {
        return new Json().with("name", name).with("conflict", "Russian invasion of Ukraine")
            .with("parties", new ArrayList<>(List.of("RUS", "UKR"))).with("startedOn", "2022-02-28")
            .with("summary", "Direct and mediated talks on ending the war");
    }

    public static Json aPerson(String name, String... aliases) {
        return new Json().with("name", name).with("aliases", new ArrayList<>(List.of(aliases)))
            .with("affiliations", new ArrayList<>(List.of(Map.of("side", "UKR", "position", "President of Ukraine", "from", "2019-05-20"))));
    }

    public static DocumentBody aDocument(String title) {
        return new DocumentBody().with("title", title).with("kind", "PEACE_PLAN")
            .with("summary", "A US draft for ending the war");
    }

    public static Json aVersion(String label) {
        return new Json().with("label", label).with("date", "2025-11-20").with("summary", "As first reported")
            .with("url", "https://example.org/documents/peace-plan");
    }

    /** Ukraine's stance on an issue as of the first day in Miami, citing one statement. */
    public static Json aPosition(String side, String keyIssueId, String statementId) {
        return new Json().with("side", side).with("keyIssueId", keyIssueId).with("stance", "OPPOSES")
            .with("summary", "Opposes ceding territory").with("asOf", "2025-12-20")
            .with("evidenceStatementIds", new ArrayList<>(List.of(statementId)));
    }

    public static TalkBody aTalk() {
        return new TalkBody().with("title", "Miami consultations").with("city", "Miami").with("country", "United States")
            .with("venue", "Shell Bay").with("startDate", "2025-12-20").with("endDate", "2025-12-21")
            .with("format", "PROXIMITY").with("summary", "Separate meetings, no breakthrough");
    }

    public static StatementBody aStatement() {
        return new StatementBody().with("speaker", "Kirill Dmitriev").with("speakerTitle", "Special Presidential Representative")
            .with("statedOn", "2025-12-20").with("text", "The discussions are proceeding constructively").with("quote", true)
            .with("kind", "ASSESSMENT").with("sources", new ArrayList<>(List.of(aSource("Associated Press", "RIA Novosti"))));
    }

    public static Map<String, Object> aSource(String outlet, String via) {
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("outlet", outlet);
        source.put("url", "https://example.org/news/miami-talks");
        source.put("via", via);
        source.put("publishedOn", "2025-12-21");
        return source;
    }

    public static Map<String, Object> role(String role) {
        return Map.of("role", role);
    }

    public static Map<String, Object> agendaStatus(String status) {
        return Map.of("status", status, "note", "discussed in Miami");
    }

    /** What is recorded of a document tabled at a round: the version discussed, or null if not known, and a note. */
    public static Json tabled(String versionId) {
        return new Json().with("versionId", versionId).with("note", "One of four documents discussed with Kyiv");
    }

    /** A JSON object under construction; {@code with(name, null)} sends an explicit null. */
    public abstract static class Body<B extends Body<B>> extends LinkedHashMap<String, Object> {

        @SuppressWarnings("unchecked")
        public B with(String name, Object value) {
            put(name, value);
            return (B) this;
        }

        @SuppressWarnings("unchecked")
        public B without(String name) {
            remove(name);
            return (B) this;
        }
    }

    public static final class Json extends Body<Json> {
    }

    public static class DelegationBody extends Body<DelegationBody> {

        public DelegationBody named(String name, String party) {
            return with("name", name).with("party", party);
        }

        @SuppressWarnings("unchecked")
        public DelegationBody withMember(Json member) {
            ((List<Object>) computeIfAbsent("members", k -> new ArrayList<>())).add(member);
            return this;
        }
    }

    public static class TalkBody extends Body<TalkBody> {

        public TalkBody bilateral() {
            return with("format", "BILATERAL");
        }

        public TalkBody trilateral() {
            return with("format", "TRILATERAL");
        }

        public TalkBody planned() {
            return with("status", "PLANNED");
        }

        public TalkBody ongoing() {
            return with("status", "ONGOING");
        }

        public TalkBody concluded() {
            return with("status", "CONCLUDED");
        }

        public TalkBody status(String status) {
            return with("status", status);
        }

        public TalkBody between(String startDate, String endDate) {
            return with("startDate", startDate).with("endDate", endDate);
        }

        public TalkBody in(String city, String country) {
            return with("city", city).with("country", country);
        }

        public TalkBody of(String processId) {
            return with("processId", processId);
        }

        /** A round expected but not yet dated or placed. */
        public TalkBody undated(String expectedWhen) {
            return with("startDate", null).with("endDate", null).with("city", null).with("country", null).with("venue", null)
                .with("expectedWhen", expectedWhen);
        }
    }

    public static class DocumentBody extends Body<DocumentBody> {

        public DocumentBody status(String status) {
            return with("status", status);
        }

        public DocumentBody of(String processId) {
            return with("processId", processId);
        }

        public DocumentBody proposedBySide(String side) {
            return with("proposedBy", new LinkedHashMap<>(Map.of("side", side)));
        }

        public DocumentBody proposedByDelegation(String delegationId) {
            return with("proposedBy", new LinkedHashMap<>(Map.of("delegationId", delegationId)));
        }

        public DocumentBody about(String... keyIssueIds) {
            return with("keyIssueIds", List.of(keyIssueIds));
        }
    }

    public static class StatementBody extends Body<StatementBody> {

        public StatementBody by(String speaker) {
            return with("speaker", speaker);
        }

        public StatementBody at(String talkId) {
            return with("talkId", talkId);
        }

        public StatementBody forDelegation(String delegationId) {
            return with("delegationId", delegationId);
        }

        public StatementBody about(String... keyIssueIds) {
            return with("keyIssueIds", List.of(keyIssueIds));
        }

        public StatementBody statedOn(LocalDate date) {
            return with("statedOn", date.toString());
        }

        @SuppressWarnings("unchecked")
        public StatementBody answering(String type, String statementId) {
            ((List<Object>) computeIfAbsent("relations", k -> new ArrayList<>())).add(Map.of("type", type, "statementId", statementId));
            return this;
        }

        public StatementBody forSide(String side) {
            return with("side", side);
        }

        public StatementBody kind(String kind) {
            return with("kind", kind);
        }

        public StatementBody referringTo(String... documentIds) {
            return with("documentIds", List.of(documentIds));
        }
    }
}

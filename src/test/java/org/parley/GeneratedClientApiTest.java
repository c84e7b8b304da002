package org.parley;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.parley.client.api.ChangesApi;
import org.parley.client.api.SearchApi;
import org.parley.client.api.SearchApi.APISearchRequest;
import org.parley.client.model.HitType;
import org.parley.client.model.PageResponseSearchHitResponse;
import org.parley.client.model.SearchHitResponse;
import org.parley.client.api.ChangesApi.APIListChangesRequest;
import org.parley.client.api.DelegationsApi;
import org.parley.client.api.DocumentsApi;
import org.parley.client.api.DocumentsApi.APIListDocumentsRequest;
import org.parley.client.api.KeyIssuesApi;
import org.parley.client.api.PeopleApi;
import org.parley.client.api.ProcessesApi;
import org.parley.client.api.StandingApi;
import org.parley.client.api.StatementsApi;
import org.parley.client.api.StatementsApi.APIListStatementsRequest;
import org.parley.client.api.StatementsApi.APIListTalkStatementsRequest;
import org.parley.client.api.TalksApi;
import org.parley.client.api.TalksApi.APIListTalksRequest;
import org.parley.client.invoker.ApiClient;
import org.parley.client.invoker.ApiException;
import org.parley.client.model.AgendaItemRequest;
import org.parley.client.model.ChangeAction;
import org.parley.client.model.ChangeResponse;
import org.parley.client.model.ChangesResponse;
import org.parley.client.model.ResourceType;
import org.parley.client.model.AgendaStatus;
import org.parley.client.model.DelegationRequest;
import org.parley.client.model.DelegationResponse;
import org.parley.client.model.DocumentKind;
import org.parley.client.model.DocumentRequest;
import org.parley.client.model.DocumentResponse;
import org.parley.client.model.DocumentStatus;
import org.parley.client.model.DocumentVersionRequest;
import org.parley.client.model.DocumentVersionResponse;
import org.parley.client.model.KeyIssueCategory;
import org.parley.client.model.KeyIssueRequest;
import org.parley.client.model.KeyIssueResponse;
import org.parley.client.model.KeyIssueTimeline;
import org.parley.client.model.RoundMemberRequest;
import org.parley.client.model.PersonRequest;
import org.parley.client.model.ProcessRequest;
import org.parley.client.model.RoundComparison;
import org.parley.client.model.MemberRequest;
import org.parley.client.model.MemberResponse;
import org.parley.client.model.PageResponseStatementResponse;
import org.parley.client.model.PageResponseTalkResponse;
import org.parley.client.model.ParticipantRequest;
import org.parley.client.model.ParticipantRole;
import org.parley.client.model.Problem;
import org.parley.client.model.ProblemType;
import org.parley.client.model.ProposerRequest;
import org.parley.client.model.SourceRequest;
import org.parley.client.model.StatementRequest;
import org.parley.client.model.StatementKind;
import org.parley.client.model.StatementResponse;
import org.parley.client.model.TalkFormat;
import org.parley.client.model.TalkPatch;
import org.parley.client.model.TalkRequest;
import org.parley.client.model.TalkResponse;
import org.parley.client.model.TalkStatus;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Drives a negotiation round through the Java client generated from the committed OpenAPI description,
 * so that a description which no longer matches the service (a renamed field, a wrong type, a lost
 * operation) fails here rather than in a consumer's build.
 */
class GeneratedClientApiTest extends ApiTest {

    private static final LocalDate MIAMI = LocalDate.of(2025, 12, 20);

    @LocalServerPort
    private int port;

    private ApiClient client;

    private DelegationsApi delegations;

    private KeyIssuesApi keyIssues;

    private TalksApi talks;

    private StatementsApi statements;

    private DocumentsApi documents;

    @BeforeEach
    void connectTheGeneratedClient() {
        client = new ApiClient();
        client.updateBaseUri("http://localhost:" + port);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + ADMIN_TOKEN));
        delegations = new DelegationsApi(client);
        keyIssues = new KeyIssuesApi(client);
        talks = new TalksApi(client);
        statements = new StatementsApi(client);
        documents = new DocumentsApi(client);
    }

    @Test
    void followsAKeyIssueThroughTheRoundsOfAProcess() throws ApiException {
        UUID process = new ProcessesApi(client).createProcess(new ProcessRequest().name("Russia–Ukraine peace talks")
            .conflict("Russian invasion of Ukraine").addPartiesItem("RUS").addPartiesItem("UKR"), null, null).getId();
        UUID umerov = new PeopleApi(client).createPerson(new PersonRequest().name("Rustem Umerov").addAliasesItem("Umierov"), null, null).getId();
        DelegationResponse ukraine = delegation("Ukrainian delegation", "Ukraine", "Rustem Umerov");
        KeyIssueResponse territory = keyIssue("Territory");
        TalkResponse istanbul = talks.createTalk(aTalk("Istanbul", LocalDate.of(2025, 5, 16)).status(TalkStatus.CONCLUDED).processId(process), null, null);
        TalkResponse miami = talks.createTalk(aTalk("Miami", MIAMI).status(TalkStatus.CONCLUDED).processId(process), null, null);
        talks.putTalkParticipant(miami.getId(), ukraine.getId(), "*", new ParticipantRequest().role(ParticipantRole.PARTY)
            .addMembersItem(new RoundMemberRequest().personId(umerov).position("Secretary of the National Security and Defense Council").head(true)), null);
        talks.putTalkAgendaItem(istanbul.getId(), territory.getId(), "*", new AgendaItemRequest().status(AgendaStatus.DISCUSSED), null);
        talks.putTalkAgendaItem(miami.getId(), territory.getId(), "*", new AgendaItemRequest().status(AgendaStatus.DEADLOCKED), null);

        StandingApi standing = new StandingApi(client);
        KeyIssueTimeline timeline = standing.getKeyIssueTimeline(territory.getId(), process, null);
        assertThat(timeline.getRounds()).extracting(round -> round.getTitle()).containsExactly("Istanbul", "Miami");
        assertThat(timeline.getCurrentStatus()).hasToString("DEADLOCKED");
        RoundComparison comparison = standing.compareTalks(miami.getId(), null, null);
        assertThat(comparison.getWithTalkId()).isEqualTo(istanbul.getId());
        assertThat(comparison.getItems()).singleElement().satisfies(item -> assertThat(item.getChange()).hasToString("REGRESSED"));
        assertThat(talks.getTalk(miami.getId(), null, null).getParticipants()).singleElement()
            .satisfies(seat -> assertThat(seat.getMembers()).singleElement().satisfies(member -> assertThat(member.getName()).isEqualTo("Rustem Umerov")));
    }

    @Test
    void createsADelegationWithItsMembers() throws ApiException {
        DelegationResponse russia = delegation("Russian delegation", "Russia", "Kirill Dmitriev", "Yuri Ushakov");

        assertThat(delegations.getDelegation(russia.getId(), null, null).getMembers())
            .extracting(MemberResponse::getFullName, MemberResponse::getHead)
            .containsExactlyInAnyOrder(tuple("Kirill Dmitriev", true), tuple("Yuri Ushakov", false));
        assertThat(delegations.listDelegationMembers(russia.getId(), null)).hasSize(2).allSatisfy(m -> assertThat(m.getId()).isNotNull());
    }

    @Test
    void seatsPartiesAndAMediatorAndPutsKeyIssuesOnTheAgenda() throws ApiException {
        DelegationResponse russia = delegation("Russian delegation", "Russia", "Kirill Dmitriev");
        DelegationResponse ukraine = delegation("Ukrainian delegation", "Ukraine", "Rustem Umerov");
        DelegationResponse usa = delegation("US envoys", "United States", "Steve Witkoff");
        KeyIssueResponse territory = keyIssue("Territory");
        TalkResponse miami = talk("Miami consultations", MIAMI, TalkStatus.ONGOING);

        seat(miami, russia, ParticipantRole.PARTY);
        seat(miami, ukraine, ParticipantRole.PARTY);
        seat(miami, usa, ParticipantRole.MEDIATOR);
        talks.putTalkAgendaItem(miami.getId(), territory.getId(), "*",
            new AgendaItemRequest().status(AgendaStatus.DISCUSSED).note("No movement on Donbas"), null);

        TalkResponse seated = talks.getTalk(miami.getId(), null, null);
        assertThat(seated.getParticipants())
            .extracting(p -> p.getName(), p -> p.getRole().toString())
            .containsExactlyInAnyOrder(tuple("Russian delegation", "PARTY"), tuple("Ukrainian delegation", "PARTY"),
                tuple("US envoys", "MEDIATOR"));
        assertThat(seated.getAgenda()).singleElement().satisfies(item -> {
            assertThat(item.getName()).isEqualTo("Territory");
            assertThat(item.getStatus()).hasToString("DISCUSSED");
            assertThat(item.getNote()).isEqualTo("No movement on Donbas");
        });
    }

    @Test
    void recordsAStatementWithItsSources() throws ApiException {
        DelegationResponse russia = delegation("Russian delegation", "Russia", "Kirill Dmitriev");
        KeyIssueResponse territory = keyIssue("Territory");
        TalkResponse miami = talk("Miami consultations", MIAMI, TalkStatus.ONGOING);
        seat(miami, russia, ParticipantRole.PARTY);

        StatementResponse recorded = statement(miami, russia, "Kirill Dmitriev", StatementKind.ASSESSMENT,
            territory.getId());

        StatementResponse read = statements.getStatement(recorded.getId(), null, null);
        assertThat(read.getTalkId()).isEqualTo(miami.getId());
        assertThat(read.getDelegationId()).isEqualTo(russia.getId());
        assertThat(read.getStatedOn()).isEqualTo(MIAMI);
        assertThat(read.getKind()).hasToString("ASSESSMENT");
        assertThat(read.getKeyIssueIds()).containsExactly(territory.getId());
        assertThat(read.getSources()).extracting(s -> s.getOutlet(), s -> s.getVia())
            .containsExactly(tuple("Associated Press", "RIA Novosti"));
    }

    @Test
    void followsTheChangeFeedWithACursor() throws ApiException {
        ChangesApi changes = new ChangesApi(client);
        long cursor = changes.listChanges(APIListChangesRequest.newBuilder().limit(1).build()).getLatest();
        TalkResponse miami = talk("Miami consultations", MIAMI, TalkStatus.PLANNED);
        DelegationResponse russia = delegation("Russian delegation", "Russia", "Kirill Dmitriev");
        seat(miami, russia, ParticipantRole.PARTY);

        ChangesResponse ofTheRound = changes.listChanges(APIListChangesRequest.newBuilder().after(cursor).talkId(miami.getId())
            .type(List.of(ResourceType.TALK, ResourceType.PARTICIPANT)).build());
        assertThat(ofTheRound.getContent()).extracting(ChangeResponse::getResourceType, ChangeResponse::getAction, ChangeResponse::getChangedFields)
            .containsExactly(tuple(ResourceType.TALK, ChangeAction.CREATED, List.of()),
                tuple(ResourceType.PARTICIPANT, ChangeAction.CREATED, List.of()),
                tuple(ResourceType.TALK, ChangeAction.UPDATED, List.of("participants")));
        assertThat(ofTheRound.getNext()).isEqualTo(ofTheRound.getContent().getLast().getSeq());
        assertThat(changes.listChanges(APIListChangesRequest.newBuilder().after(ofTheRound.getLatest()).build()).getContent()).isEmpty();
    }

    @Test
    void searchesAcrossKindsWithMarkedSnippets() throws ApiException {
        TalkResponse miami = talks.createTalk(aTalk("Energy truce consultations", MIAMI), null, null);
        PageResponseSearchHitResponse found = new SearchApi(client).search(APISearchRequest.newBuilder().q("energy truce")
            .type(List.of(HitType.TALK)).build());
        assertThat(found.getContent()).extracting(SearchHitResponse::getType, SearchHitResponse::getId).containsExactly(tuple(HitType.TALK, miami.getId()));
        assertThat(found.getContent().getFirst().getPath()).isEqualTo("/api/v1/talks/" + miami.getId());
        assertThat(found.getPage().getTotalElements()).isEqualTo(1);
        assertThat(found.getPage().getTotalExact()).isTrue();
    }

    @Test
    void filtersAndPagesTalks() throws ApiException {
        DelegationResponse russia = delegation("Russian delegation", "Russia", "Kirill Dmitriev");
        TalkResponse istanbul = talk("Istanbul talks", LocalDate.of(2025, 5, 16), TalkStatus.CONCLUDED);
        TalkResponse geneva = talk("Geneva talks", LocalDate.of(2025, 11, 23), TalkStatus.CONCLUDED);
        talk("Miami consultations", MIAMI, TalkStatus.PLANNED);
        seat(istanbul, russia, ParticipantRole.PARTY);
        seat(geneva, russia, ParticipantRole.PARTY);

        PageResponseTalkResponse concluded = talks.listTalks(APIListTalksRequest.newBuilder().status(List.of(TalkStatus.CONCLUDED)).page(0).size(20).build());
        assertThat(concluded.getContent()).extracting(TalkResponse::getTitle).containsExactly("Geneva talks", "Istanbul talks");
        assertThat(talks.listTalks(APIListTalksRequest.newBuilder().delegationId(List.of(russia.getId())).page(0).size(20).build())
            .getPage().getTotalElements()).isEqualTo(2);

        // newest first by default, so the second page of two holds the oldest round
        PageResponseTalkResponse second = talks.listTalks(APIListTalksRequest.newBuilder().page(1).size(2).build());
        assertThat(second.getContent()).extracting(TalkResponse::getTitle).containsExactly("Istanbul talks");
        assertThat(second.getPage().getTotalElements()).isEqualTo(3);
        assertThat(second.getPage().getTotalPages()).isEqualTo(2);
        assertThat(second.getPage().getNumber()).isEqualTo(1);
    }

    @Test
    void filtersAndPagesStatements() throws ApiException {
        DelegationResponse russia = delegation("Russian delegation", "Russia", "Kirill Dmitriev");
        DelegationResponse ukraine = delegation("Ukrainian delegation", "Ukraine", "Rustem Umerov");
        DelegationResponse usa = delegation("US envoys", "United States", "Steve Witkoff");
        TalkResponse miami = talk("Miami consultations", MIAMI, TalkStatus.ONGOING);
        seat(miami, russia, ParticipantRole.PARTY);
        seat(miami, ukraine, ParticipantRole.PARTY);
        seat(miami, usa, ParticipantRole.MEDIATOR);
        statement(miami, russia, "Kirill Dmitriev", StatementKind.ASSESSMENT);
        statement(miami, ukraine, "Rustem Umerov", StatementKind.PROPOSAL);
        statement(miami, usa, "Steve Witkoff", StatementKind.ASSESSMENT);

        assertThat(speakers(statements.listStatements(APIListStatementsRequest.newBuilder().kind(List.of(StatementKind.ASSESSMENT, StatementKind.PROPOSAL)).page(0).size(20).build())))
            .containsExactlyInAnyOrder("Kirill Dmitriev", "Rustem Umerov", "Steve Witkoff");
        assertThat(speakers(statements.listStatements(APIListStatementsRequest.newBuilder().delegationId(List.of(ukraine.getId())).page(0).size(20).build())))
            .containsExactly("Rustem Umerov");
        assertThat(speakers(statements.listStatements(APIListStatementsRequest.newBuilder().speaker("witkoff").page(0).size(20).build())))
            .containsExactly("Steve Witkoff");

        PageResponseStatementResponse first = statements.listTalkStatements(
            APIListTalkStatementsRequest.newBuilder().talkId(miami.getId()).page(0).size(2).build());
        assertThat(first.getContent()).hasSize(2);
        assertThat(first.getPage().getTotalElements()).isEqualTo(3);
        assertThat(first.getPage().getTotalPages()).isEqualTo(2);
    }

    @Test
    void answersAnUnknownTalkWithATypedNotFound() throws IOException {
        Problem problem = problemOf(() -> talks.getTalk(UUID.randomUUID(), null, null));

        assertThat(problem.getStatus()).isEqualTo(404);
        assertThat(problem.getType()).isEqualTo(ProblemType._PROBLEMS_NOT_FOUND);
    }

    @Test
    void refusesToReopenAConcludedTalkAsAConflict() throws ApiException, IOException {
        TalkResponse istanbul = talk("Istanbul talks", LocalDate.of(2025, 5, 16), TalkStatus.CONCLUDED);

        Problem problem = problemOf(() -> talks.replaceTalk(istanbul.getId(), "*",
            aTalk("Istanbul talks", istanbul.getStartDate()).status(TalkStatus.PLANNED), null));

        assertThat(problem.getStatus()).isEqualTo(409);
        assertThat(problem.getType()).isEqualTo(ProblemType._PROBLEMS_ILLEGAL_STATUS_TRANSITION);
        assertThat(talks.getTalk(istanbul.getId(), null, null).getStatus()).hasToString("CONCLUDED");
    }

    @Test
    void refusesToDeleteADelegationStillSeatedAtATalk() throws ApiException, IOException {
        DelegationResponse russia = delegation("Russian delegation", "Russia", "Kirill Dmitriev");
        seat(talk("Miami consultations", MIAMI, TalkStatus.ONGOING), russia, ParticipantRole.PARTY);

        Problem problem = problemOf(() -> delegations.deleteDelegation(russia.getId(), "*", null));

        assertThat(problem.getStatus()).isEqualTo(409);
        assertThat(problem.getType()).isEqualTo(ProblemType._PROBLEMS_STILL_REFERENCED);
    }

    @Test
    void refusesAWriteBasedOnAStaleReadAsAPreconditionFailure() throws ApiException, IOException {
        TalkResponse miami = talk("Miami consultations", MIAMI, TalkStatus.PLANNED);
        String etag = talks.getTalkWithHttpInfo(miami.getId(), null, null).getHeaders().get("etag").get(0);

        talks.patchTalk(miami.getId(), etag, new TalkPatch().status(TalkStatus.ONGOING), null);
        Problem problem = problemOf(() -> talks.patchTalk(miami.getId(), etag, new TalkPatch().title("Miami, second day"), null));

        assertThat(problem.getStatus()).isEqualTo(412);
        assertThat(problem.getType()).isEqualTo(ProblemType._PROBLEMS_PRECONDITION_FAILED);
        assertThat(talks.getTalk(miami.getId(), null, null).getTitle()).isEqualTo("Miami consultations");
    }

    @Test
    void aGetReadBackCanBeEditedAndPutWithItsETag() throws ApiException, IOException {
        TalkResponse miami = talk("Miami consultations", MIAMI, TalkStatus.ONGOING);
        var read = talks.getTalkWithHttpInfo(miami.getId(), null, null);

        TalkResponse t = read.getData();
        TalkResponse renamed = talks.replaceTalk(t.getId(), read.getHeaders().get("etag").get(0), new TalkRequest().title("Miami, day two")
            .city(t.getCity()).country(t.getCountry()).venue(t.getVenue()).startDate(t.getStartDate()).endDate(t.getEndDate())
            .format(t.getFormat()).status(t.getStatus()).summary(t.getSummary()), null);

        assertThat(renamed.getTitle()).isEqualTo("Miami, day two");
        assertThat(renamed.getVersion()).isEqualTo(1);
        Problem problem = problemOf(() -> talks.deleteTalk(t.getId(), read.getHeaders().get("etag").get(0), null));
        assertThat(problem.getType()).isEqualTo(ProblemType._PROBLEMS_PRECONDITION_FAILED);
    }

    @Test
    void recordsADocumentWhoseVersionSupersedesAnotherDocumentsVersion() throws ApiException {
        DocumentResponse usPlan = documents.createDocument(new DocumentRequest().title("US 28-point peace plan").kind(DocumentKind.PEACE_PLAN)
            .status(DocumentStatus.PROPOSED).proposedBy(new ProposerRequest().side("USA")), null, null);
        DocumentVersionResponse first = documents.addDocumentVersion(usPlan.getId(),
            new DocumentVersionRequest().label("28-point plan").date(LocalDate.of(2025, 11, 20)), null, null, null);
        DocumentResponse revised = documents.createDocument(new DocumentRequest().title("20-point peace plan").kind(DocumentKind.PEACE_PLAN), null, null);
        DocumentVersionResponse second = documents.addDocumentVersion(revised.getId(),
            new DocumentVersionRequest().label("20-point plan").supersedesVersionId(first.getId()), "\"0\"", null, null);

        assertThat(documents.getDocumentVersion(revised.getId(), second.getId(), null, null).getSupersedesDocumentId()).isEqualTo(usPlan.getId());
        assertThat(documents.getDocument(usPlan.getId(), null, null).getVersions()).extracting(DocumentVersionResponse::getLabel)
            .containsExactly("28-point plan");
        assertThat(documents.listDocuments(APIListDocumentsRequest.newBuilder().side(List.of("USA")).page(0).size(20).build()).getContent())
            .extracting(DocumentResponse::getTitle).containsExactly("US 28-point peace plan");
    }

    @Test
    void aDocumentReadBackCanBeEditedAndPutWithItsETag() throws ApiException, IOException {
        DocumentResponse created = documents.createDocument(new DocumentRequest().title("US 28-point peace plan").kind(DocumentKind.PEACE_PLAN)
            .proposedBy(new ProposerRequest().side("USA")), null, null);
        var read = documents.getDocumentWithHttpInfo(created.getId(), null, null);
        DocumentResponse d = read.getData();

        DocumentResponse proposed = documents.replaceDocument(d.getId(), read.getHeaders().get("etag").get(0), new DocumentRequest()
            .title(d.getTitle()).kind(d.getKind()).status(DocumentStatus.PROPOSED).summary(d.getSummary()).processId(d.getProcessId())
            .keyIssueIds(d.getKeyIssueIds())
            .proposedBy(new ProposerRequest().side(d.getProposedBy().getSide()).delegationId(d.getProposedBy().getDelegationId())), null);

        assertThat(proposed.getStatus()).isEqualTo(DocumentStatus.PROPOSED);
        Problem problem = problemOf(() -> documents.replaceDocument(d.getId(), "*", new DocumentRequest().title(d.getTitle())
            .kind(d.getKind()).status(DocumentStatus.DRAFT), null));
        assertThat(problem.getType()).isEqualTo(ProblemType._PROBLEMS_ILLEGAL_DOCUMENT_TRANSITION);
    }

    /** The first member named heads the delegation. */
    private DelegationResponse delegation(String name, String party, String... members) throws ApiException {
        DelegationRequest request = new DelegationRequest().name(name).party(party);
        for (String member : members) {
            request.addMembersItem(new MemberRequest().fullName(member).position("Envoy").head(member.equals(members[0])));
        }
        return delegations.createDelegation(request, null, null);
    }

    private KeyIssueResponse keyIssue(String name) throws ApiException {
        return keyIssues.createKeyIssue(new KeyIssueRequest().name(name).category(KeyIssueCategory.TERRITORY), null, null);
    }

    private TalkResponse talk(String title, LocalDate startDate, TalkStatus status) throws ApiException {
        return talks.createTalk(aTalk(title, startDate).status(status), null, null);
    }

    private static TalkRequest aTalk(String title, LocalDate startDate) {
        return new TalkRequest().title(title).city("Miami").country("United States").startDate(startDate)
            .endDate(startDate.plusDays(1)).format(TalkFormat.PROXIMITY);
    }

    private void seat(TalkResponse talk, DelegationResponse delegation, ParticipantRole role) throws ApiException {
        talks.putTalkParticipant(talk.getId(), delegation.getId(), "*", new ParticipantRequest().role(role), null);
    }

    private StatementResponse statement(TalkResponse talk, DelegationResponse delegation, String speaker, StatementKind kind,
                                        UUID... keyIssueIds) throws ApiException {
        return statements.createStatement(new StatementRequest().talkId(talk.getId()).delegationId(delegation.getId())
            .speaker(speaker).statedOn(MIAMI).text("The discussions are proceeding constructively").quote(true).kind(kind)
            .keyIssueIds(List.of(keyIssueIds))
            .addSourcesItem(new SourceRequest().outlet("Associated Press").via("RIA Novosti")), null, null);
    }

    private static List<String> speakers(PageResponseStatementResponse page) {
        return page.getContent().stream().map(StatementResponse::getSpeaker).toList();
    }

    /**
     * Calls the API expecting an error and reads the described Problem from it: the native client hands
     * error bodies over as text, whatever the description declares.
     */
    private Problem problemOf(Executable call) throws IOException {
        ApiException failure = assertThrows(ApiException.class, call);
        assertThat(failure.getResponseHeaders().firstValue("Content-Type")).hasValue("application/problem+json");
        Problem problem = client.getObjectMapper().readValue(failure.getResponseBody(), Problem.class);
        assertThat(problem.getStatus()).isEqualTo(failure.getCode());
        return problem;
    }
}

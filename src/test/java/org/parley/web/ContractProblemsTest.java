package org.parley.web;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.Test;
import org.parley.domain.Rule;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed description tells the truth about problems: every type the service can send is a named
 * value of ProblemType, and every example is one the service could send for that operation.
 */
class ContractProblemsTest {

    private static final JsonNode CONTRACT = read();

    @Test
    void problemTypeNamesEveryTypeTheServiceSendsAndNoOther() {
        Set<String> published = new HashSet<>();
        CONTRACT.at("/components/schemas/ProblemType/enum").forEach(type -> published.add(type.asString()));
        Set<String> sent = new HashSet<>();
        Stream.of(ProblemType.values()).forEach(type -> sent.add("/problems/" + type.slug()));
        Stream.of(Rule.values()).forEach(rule -> sent.add("/problems/" + rule.slug()));
        assertThat(published).isEqualTo(sent);
        assertThat(CONTRACT.at("/components/schemas/Problem/properties/type/$ref").asString()).endsWith("/ProblemType");
    }

    @Test
    void everyProblemExampleIsOfItsResponsesStatusAndADocumentedType() {
        Set<String> types = new HashSet<>();
        CONTRACT.at("/components/schemas/ProblemType/enum").forEach(type -> types.add(type.asString()));
        List<String> wrong = new ArrayList<>();
        operations().forEach(operation -> operation.node().get("responses").properties().forEach(response -> {
            JsonNode examples = response.getValue().at("/content/application~1problem+json/examples");
            if (response.getKey().charAt(0) < '4') {
                return;
            }
            if (examples.isMissingNode() || examples.isEmpty()) {
                wrong.add(operation + " " + response.getKey() + ": no example");
            }
            examples.properties().forEach(example -> {
                JsonNode value = example.getValue().get("value");
                String where = operation + " " + response.getKey() + " " + example.getKey();
                if (!types.contains(value.get("type").asString()) || !value.get("type").asString().endsWith("/" + example.getKey())) {
                    wrong.add(where + ": type " + value.get("type"));
                }
                if (!String.valueOf(value.get("status").asInt()).equals(response.getKey())) {
                    wrong.add(where + ": status " + value.get("status"));
                }
                if (!value.get("instance").asString().startsWith("/api/v1/") || value.get("instance").asString().contains("{")) {
                    wrong.add(where + ": instance " + value.get("instance"));
                }
                for (String member : List.of("title", "detail", "requestId")) {
                    if (!value.hasNonNull(member) || value.get(member).asString().isBlank()) {
                        wrong.add(where + ": no " + member);
                    }
                }
            });
        }));
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyWriteOfAnExistingResourceRequiresIfMatchAndDocuments428() {
        operations().filter(operation -> Set.of("put", "patch", "delete").contains(operation.method())).forEach(operation -> {
            JsonNode ifMatch = parameter(operation.node(), "If-Match");
            assertThat(ifMatch).as("If-Match of %s", operation).isNotNull();
            assertThat(ifMatch.get("required").asBoolean()).as("If-Match of %s is required", operation).isTrue();
            assertThat(operation.node().at("/responses/428").isMissingNode()).as("428 of %s", operation).isFalse();
        });
    }

    @Test
    void everyOperationDocumentsTheDatabaseFailingWithRetryAfter() {
        operations().forEach(operation -> {
            JsonNode unavailable = operation.node().at("/responses/503");
            assertThat(unavailable.at("/headers/Retry-After").isMissingNode()).as("Retry-After of %s", operation).isFalse();
            List<String> expected = operation.node().at("/responses/200/content/text~1event-stream").isMissingNode()
                ? List.of("database-unavailable", "database-timeout") : List.of("database-unavailable", "database-timeout", "streams-full");
            assertThat(unavailable.at("/content/application~1problem+json/examples").propertyNames())
                .as("503 of %s", operation).containsExactlyInAnyOrderElementsOf(expected);
        });
    }

    @Test
    void everyPathParameterHasAnExampleFromTheDemoRound() {
        operations().forEach(operation -> operation.node().path("parameters").forEach(parameter -> {
            if (parameter.get("in").asString().equals("path")) {
                assertThat(parameter.path("example").asString()).as("%s %s", operation, parameter.get("name"))
                    .matches("[0-9]{8}-0000-7000-8000-000000000[0-9]{3}");
            }
        }));
    }

    private record Operation(String path, String method, JsonNode node) {

        @Override
        public String toString() {
            return method.toUpperCase() + " " + path;
        }
    }

    private static Stream<Operation> operations() {
        List<Operation> all = new ArrayList<>();
        CONTRACT.get("paths").properties().forEach(path -> path.getValue().properties()
            .forEach(method -> all.add(new Operation(path.getKey(), method.getKey(), method.getValue()))));
        return all.stream();
    }

    private static JsonNode parameter(JsonNode operation, String name) {
        for (JsonNode parameter : operation.path("parameters")) {
            if (parameter.get("name").asString().equals(name)) {
                return parameter;
            }
        }
        return null;
    }

    /** A schema is named after a class's simple name, so two classes of one name would silently share one schema. */
    @Test
    void everySchemaNamesOneClassOfTheService() {
        Map<String, List<String>> classesByName = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.parley").stream()
            .collect(Collectors.groupingBy(JavaClass::getSimpleName, Collectors.mapping(JavaClass::getName, Collectors.toList())));
        List<String> shared = new ArrayList<>();
        CONTRACT.at("/components/schemas").properties().forEach(schema -> {
            List<String> named = classesByName.getOrDefault(schema.getKey(), List.of());
            if (named.size() > 1) {
                shared.add(schema.getKey() + " " + named);
            }
        });
        assertThat(shared).as("schemas named after more than one class").isEmpty();
    }

    private static JsonNode read() {
        try {
            return JsonMapper.builder().build().readTree(Files.readString(OpenApiSnapshotTest.SNAPSHOT));
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }
}

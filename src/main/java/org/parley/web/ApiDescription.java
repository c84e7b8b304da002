package org.parley.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.QueryParameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.servers.Server;
import org.parley.domain.ExpectedVersion;
import org.parley.domain.Rule;
import org.parley.domain.TextMatch;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.customizers.PropertyCustomizer;
import org.springdoc.core.utils.SpringDocUtils;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.http.ResponseEntity;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;

/**
 * Makes the generated OpenAPI description say the whole truth: every problem an operation can answer
 * with the shared {@code Problem} schema, the paging and conditional-request parameters, the headers
 * of each answer, and merge-patch bodies. Generated clients are only as good as this description.
 */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

    static final String PROBLEM = "Problem";

    private static final String API_TOKEN = "apiToken";

    private static final String JWT = "jwt";

    private static final String JSON = "application/json";

    private static final Set<String> READ_ONLY = Set.of("id", "version", "createdAt", "updatedAt");

    static {
        // these arrive through Parley's own resolvers; the customizer below documents them as headers and query parameters
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(ExpectedVersion.class, Pageable.class, Export.class);
    }

    @Bean
    OpenAPI parleyOpenApi() {
        return new OpenAPI()
            .info(new Info()
                .title("Parley API")
                .version("5.1.0")
                .description("""
                    Records peace-negotiation rounds: talks, the delegations at them, the public statements made around \
                    them with their sources, and the key issues whose standing moves from round to round. Every failure \
                    is an RFC 9457 problem (`application/problem+json`) whose `type` is one of `ProblemType`. Single \
                    resources carry their version as `ETag`. Every `PUT`, `PATCH` and `DELETE` needs `If-Match`: the ETag \
                    last read, so that two editors do not overwrite each other (412 if it changed since), or `*` to \
                    overwrite whatever is current; without it the answer is 428. Every write is also an entry of the change \
                    feed (`/api/v1/changes`), which can be polled with a cursor or followed as a stream. Version 2 made \
                    `If-Match` required; version 4 made list filters take several values (any of them matches) and \
                    added the problem type `streams-full`, which a client that reads `ProblemType` as a closed set would \
                    not know. Version 5 made writes need credentials: `Authorization: Bearer` with an API token or a JWT. \
                    Reading is open to anyone unless the deployment says otherwise; creating and changing takes the role \
                    EDITOR, deleting and managing API tokens ADMIN (401 without credentials, 403 with too low a role). \
                    Version 5.1 added each record's history (`/history`: every revision, who made it, and the whole record \
                    as it left it, a deleted record's included) and named the revision and its author in the change feed.""")
                .contact(new Contact().name("Parley"))
                .license(new License().name("Proprietary: all rights reserved").identifier("LicenseRef-Proprietary")))
            // relative, so that the description fits wherever Parley is deployed
            .servers(List.of(new Server().url("/").description("The Parley instance serving this description: local, staging or production")
                .extensions(Map.of("x-internal", false))))
            .components(new Components()
                .addSecuritySchemes(API_TOKEN, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("parley_ token")
                    .description("An API token made by an admin (POST /api/v1/tokens): parley_ and 43 characters, shown once when made"))
                .addSecuritySchemes(JWT, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                    .description("A JWT from the identity provider the deployment trusts (spring.security.oauth2.resourceserver.jwt.issuer-uri), "
                        + "with the audience it expects and the caller's roles in the claim parley.access.roles-claim. Checked as RFC8725 asks: "
                        + "the signature with the issuer's keys and its algorithm (RS256) only, never none; issuer, audience and expiry"))
                .addSchemas(PROBLEM, problemSchema())
                .addSchemas("ProblemType", problemTypeSchema())
                .addSchemas("FieldError", fieldErrorSchema())
                .addHeaders("ETag", new Header().description("The resource's version, to send back in If-Match")
                    .schema(new StringSchema().maxLength(24).pattern("^\"[0-9]+\"$").example("\"3\"")))
                .addHeaders("Location", new Header().description("Where the new resource is")
                    .schema(new StringSchema().format("uri").maxLength(2048)))
                .addHeaders("Access-Control-Allow-Origin", new Header()
                    .description("Present only for browser origins listed in parley.cors.allowed-origins (none by default)")
                    .schema(new StringSchema().format("uri").maxLength(2048)))
                .addHeaders(RateLimitFilter.STATE, new Header()
                    .description("Where the caller stands against its limit (IETF draft RateLimit header fields): the requests a minute "
                        + "it may make, how many remain, and the seconds until all are available again; absent where limits are off")
                    .schema(new StringSchema().maxLength(100).example("limit=1200, remaining=1187, reset=1")))
                .addHeaders(RateLimitFilter.POLICY, new Header().description("The limit: requests (q) per window of w seconds")
                    .schema(new StringSchema().maxLength(100).example("1200;w=60")))
                .addHeaders("X-Request-Id", new Header().description("The caller's request id if it sent a sane one, else a new one")
                    .schema(requestIdSchema())));
    }

    @Bean
    OperationCustomizer parleyOperations(ObjectProvider<AccessRequirements> access) {
        return (operation, handler) -> {
            RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
            RequestMethod method = mapping != null && mapping.method().length > 0 ? mapping.method()[0] : RequestMethod.GET;
            String path = pathOf(handler);
            ResolvableType returned = ResolvableType.forMethodReturnType(handler.getMethod());
            Class<?> body = ResponseEntity.class.equals(returned.resolve()) ? returned.getGeneric(0).resolve() : returned.resolve();
            boolean versioned = body != null && Versioned.class.isAssignableFrom(body);
            MethodParameter requestBody = Arrays.stream(handler.getMethodParameters())
                .filter(p -> p.hasParameterAnnotation(org.springframework.web.bind.annotation.RequestBody.class)).findFirst().orElse(null);
            boolean preconditioned = Arrays.stream(handler.getMethodParameters()).anyMatch(p -> p.getParameterType() == ExpectedVersion.class);
            boolean preconditionRequired = preconditioned && ExpectedVersionResolver.required(method.name());
            MethodParameter pageable = Arrays.stream(handler.getMethodParameters())
                .filter(p -> p.hasParameterAnnotation(SortableBy.class)).findFirst().orElse(null);

            if (operation.getParameters() != null) {
                operation.getParameters().stream().filter(p -> "path".equals(p.getIn()))
                    .forEach(p -> p.example(DemoIds.of(path, p.getName())));
            }
            if (pageable != null) {
                pagingParameters(pageable).forEach(operation::addParametersItem);
            }
            if (preconditioned) {
                operation.addParametersItem(new HeaderParameter().name(HttpHeaders.IF_MATCH).required(preconditionRequired)
                    .description((preconditionRequired ? "Required. " : "Optional. ")
                        + "The ETag of the resource as last read (for a talk's participants and agenda, a delegation's members and a document's "
                        + "versions: of the talk, delegation or document); the write is refused with 412 if it has changed since. "
                        + "* overwrites whatever is current")
                    // the demo data's version, so that trying a write in Swagger UI works on a freshly loaded instance
                    .schema(entityTagsSchema("\"0\"")));
            }
            if (versioned && method == RequestMethod.GET) {
                operation.addParametersItem(new HeaderParameter().name(HttpHeaders.IF_NONE_MATCH).required(false)
                    .description("The ETag last read; answered with 304 and no body while it is current")
                    .schema(entityTagsSchema("\"3\"")));
            }
            if (method == RequestMethod.POST && !path.startsWith("/api/v1/tokens")) {
                operation.addParametersItem(new HeaderParameter().name(IdempotencyFilter.HEADER).required(false)
                    .description("A key of your choosing, such as a UUID, that makes a retry safe: for 24 hours a request with the same "
                        + "key and body gets the first success again (with Idempotent-Replayed: true) and makes nothing; another body "
                        + "with the key is refused with 422, a retry while the first still runs with 409")
                    .schema(new StringSchema().minLength(1).maxLength(255).pattern("^[\\x21-\\x7E]+$").example("5f1c7d3e-launch-1")));
            }
            operation.addParametersItem(new HeaderParameter().name(RequestIds.HEADER).required(false)
                .description("An id for this request, echoed in the response and in problems: 1 to 100 letters, digits and ._:-; "
                    + "another value is refused with 400")
                .schema(requestIdSchema()));

            ApiResponses responses = operation.getResponses();
            if (method == RequestMethod.POST && responses.containsKey("200")) {
                ApiResponse created = responses.remove("200").description("Created");
                responses.addApiResponse("201", created);
            }
            if (ResponseEntity.class.equals(returned.resolve()) && method == RequestMethod.PUT
                && responses.containsKey("200")) {
                ApiResponse ok = responses.get("200");
                responses.addApiResponse("201", new ApiResponse().description("Created at this path").content(ok.getContent())
                    .addHeaderObject(HttpHeaders.LOCATION, headerRef("Location")));
                ok.description("Updated");
            }
            responses.forEach((code, response) -> {
                if (code.startsWith("2")) {
                    if (versioned) {
                        response.addHeaderObject(HttpHeaders.ETAG, headerRef("ETag"));
                    }
                    if (code.equals("201")) {
                        response.addHeaderObject(HttpHeaders.LOCATION, headerRef("Location"));
                    }
                    if (method == RequestMethod.POST && !path.startsWith("/api/v1/tokens")) {
                        response.addHeaderObject(IdempotencyFilter.REPLAYED, new Header()
                            .description("true when this is the answer kept for an earlier request with the same Idempotency-Key")
                            .schema(new StringSchema()._enum(List.of("true")).maxLength(4)));
                    }
                }
            });
            Exportable exportable = Arrays.stream(handler.getMethodParameters()).map(p -> p.getParameterAnnotation(Exportable.class))
                .filter(Objects::nonNull).findFirst().orElse(null);
            if (exportable != null && responses.containsKey("200")) {
                String columns = "Columns: " + exportable.columns().replace(",", ", ") + ".";
                responses.get("200").description("A page as JSON; with Accept text/csv or application/x-ndjson, every row the filters select, "
                        + "streamed (" + String.join(" and ", exportable.paging()) + (exportable.paging().length == 1 ? " is" : " are")
                        + " then refused). " + columns)
                    .getContent()
                    .addMediaType(Export.CSV.getType() + "/" + Export.CSV.getSubtype(), new io.swagger.v3.oas.models.media.MediaType()
                        .schema(new StringSchema().maxLength(Integer.MAX_VALUE).description("RFC 4180 CSV in UTF-8 with a header row; several values in a field joined by \"; \". " + columns)))
                    .addMediaType(Export.NDJSON.toString(), new io.swagger.v3.oas.models.media.MediaType()
                        .schema(new StringSchema().maxLength(Integer.MAX_VALUE).description("One JSON object a line, keyed by the columns; several values are an array. " + columns)));
            }
            if (versioned && method == RequestMethod.GET) {
                responses.addApiResponse("304", new ApiResponse().description("Not modified since the ETag in If-None-Match")
                    .addHeaderObject(HttpHeaders.ETAG, headerRef("ETag")));
            }
            String role = access.getIfAvailable(() -> (m, p) -> java.util.Optional.empty()).leastRole(method.asHttpMethod(), path).orElse(null);
            // anyone may call an open operation, and a caller with credentials is known by them; the rest need a token or a JWT
            List<SecurityRequirement> security = new ArrayList<>(role == null ? List.of(new SecurityRequirement()) : List.of());
            security.add(new SecurityRequirement().addList(API_TOKEN));
            security.add(new SecurityRequirement().addList(JWT));
            operation.setSecurity(security);
            if (role != null) {
                operation.addExtension("x-required-role", role);
                operation.setDescription(operation.getDescription() + " Needs the role " + role + (role.equals("ADMIN") ? "." : " or above."));
            }
            Conflicts conflicts = handler.getMethodAnnotation(Conflicts.class);
            AlsoNotFound also = handler.getMethodAnnotation(AlsoNotFound.class);
            ProblemResponses.document(responses, new ProblemResponses.Shape(path, method.name(), role, pageable != null, requestBody != null,
                MergePatch.MEDIA_TYPE.equals(String.join("", mapping == null ? new String[0] : mapping.consumes())) ? MergePatch.MEDIA_TYPE : JSON,
                preconditioned, preconditionRequired, conflicts == null ? List.of() : List.of(conflicts.value()),
                also == null ? null : also.value(), invalidField(pageable, requestBody, path),
                mapping == null || mapping.produces().length == 0 ? JSON : mapping.produces()[0]));
            responses.forEach((code, response) -> {
                if (code.startsWith("2") || code.startsWith("4")) {
                    response.addHeaderObject(RateLimitFilter.STATE, headerRef(RateLimitFilter.STATE));
                    response.addHeaderObject(RateLimitFilter.POLICY, headerRef(RateLimitFilter.POLICY));
                }
                response.addHeaderObject(RequestIds.HEADER, headerRef("X-Request-Id"));
                response.addHeaderObject("Access-Control-Allow-Origin", headerRef("Access-Control-Allow-Origin"));
            });
            return operation;
        };
    }

    /** The path an operation answers at, as the description lists it. */
    private static String pathOf(HandlerMethod handler) {
        RequestMapping type = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), RequestMapping.class);
        RequestMapping method = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
        String prefix = type == null || type.path().length == 0 ? "" : type.path()[0];
        return prefix + (method == null || method.path().length == 0 ? "" : method.path()[0]);
    }

    /** A typical mistake in the operation's input, for its 400 example. */
    private static ProblemResponses.InvalidField invalidField(MethodParameter pageable, MethodParameter body, String path) {
        if (pageable != null) {
            return new ProblemResponses.InvalidField("size", "must be between 1 and " + StrictPageableResolver.MAX_SIZE);
        }
        if (body != null && body.getParameterType().isRecord()) {
            for (var component : body.getParameterType().getRecordComponents()) {
                if (component.isAnnotationPresent(jakarta.validation.constraints.NotBlank.class)) {
                    return new ProblemResponses.InvalidField(component.getName(), "must not be blank");
                }
                if (component.isAnnotationPresent(jakarta.validation.constraints.NotNull.class)) {
                    return new ProblemResponses.InvalidField(component.getName(), "must not be null");
                }
            }
        }
        if (body != null) {
            return new ProblemResponses.InvalidField("body", "a merge patch must be a JSON object");
        }
        List<String> variables = DemoIds.variables(path);
        return new ProblemResponses.InvalidField(variables.isEmpty() ? "id" : variables.get(variables.size() - 1), "must be a UUID");
    }

    @Bean
    OpenApiCustomizer parleyDocument() {
        return openApi -> {
            Map<String, Schema> schemas = openApi.getComponents().getSchemas();
            schemas.remove("ExpectedVersion");
            schemas.remove("Pageable");
            schemas.remove("JsonNode");
            schemas.forEach((name, schema) -> {
                if (name.endsWith("Response") || name.equals("PageMetadata") || name.startsWith("PageResponse")) {
                    describeResponse(schema);
                }
            });
            openApi.getPaths().forEach((path, item) -> {
                if (item.getPatch() != null && item.getPut() != null) {
                    mergePatchBody(item, schemas);
                }
            });
            // what a GET answers can be sent back: an optional field may be null there as it is here
            schemas.forEach((name, schema) -> {
                if (name.endsWith("Request")) {
                    optionalMayBeNull(schema);
                }
            });
            schemas.forEach((name, schema) -> bound(schema, counterpart(name, schemas), name.endsWith("Response")));
            openApi.getPaths().values().forEach(item -> item.readOperations().forEach(operation -> {
                if (operation.getParameters() != null) {
                    operation.getParameters().forEach(parameter -> bound(parameter.getSchema(), null, false));
                }
            }));
            openApi.getComponents().setSchemas(new TreeMap<>(schemas));
        };
    }

    /** The request form of a response schema, whose limits the response shares. */
    @SuppressWarnings("rawtypes")
    private static Schema counterpart(String name, Map<String, Schema> schemas) {
        return name.endsWith("Response") ? schemas.get(name.substring(0, name.length() - "Response".length()) + "Request") : null;
    }

    /**
     * Gives every string a length limit and every number a range, as clients and gateways that
     * validate need; a response field takes the limit of the request field it echoes.
     */
    @SuppressWarnings({ "rawtypes", "unchecked" })
    private static void bound(Schema schema, Schema counterpart, boolean response) {
        if (schema == null) {
            return;
        }
        if (schema.getProperties() != null) {
            ((Map<String, Schema>) schema.getProperties()).forEach((name, property) -> {
                Schema twin = counterpart == null || counterpart.getProperties() == null ? null : (Schema) counterpart.getProperties().get(name);
                if (twin != null && property.getMaxLength() == null && twin.getMaxLength() != null) {
                    property.setMaxLength(twin.getMaxLength());
                }
                if (twin != null && property.getMaxItems() == null && twin.getMaxItems() != null) {
                    property.setMaxItems(twin.getMaxItems());
                }
                boolean required = schema.getRequired() != null && schema.getRequired().contains(name);
                if (!response && required && Integer.valueOf(0).equals(property.getMinLength())) {
                    property.setMinLength(1);
                }
                bound(property, null, response);
            });
        }
        if (schema.getItems() != null) {
            bound(schema.getItems(), null, response);
        }
        if (schema.getAnyOf() != null) {
            schema.getAnyOf().forEach(option -> bound((Schema) option, null, response));
        }
        Set<String> types = schema.getTypes() != null ? schema.getTypes() : schema.getType() != null ? Set.of(schema.getType()) : Set.of();
        if (types.contains("string") && schema.getMaxLength() == null && schema.getEnum() == null) {
            schema.setMaxLength(switch (String.valueOf(schema.getFormat())) {
                case "uuid" -> 36;
                case "date" -> 10;
                case "date-time" -> 35;
                default -> 200;
            });
        }
        if (types.contains("integer")) {
            if (schema.getMinimum() == null) {
                schema.setMinimum(java.math.BigDecimal.ZERO);
            }
            if (schema.getMaximum() == null) {
                schema.setMaximum(java.math.BigDecimal.valueOf("int32".equals(schema.getFormat()) ? Integer.MAX_VALUE : Long.MAX_VALUE));
            }
        }
    }

    /** Every property of a response is always present, read-only ones are marked, and numbers have bounds. */
    @SuppressWarnings({ "rawtypes", "unchecked" })
    private static void describeResponse(Schema schema) {
        Map<String, Schema> properties = schema.getProperties();
        if (properties == null) {
            return;
        }
        schema.setRequired(new ArrayList<>(properties.keySet()));
        properties.forEach((name, property) -> {
            if (READ_ONLY.contains(name)) {
                property.setReadOnly(true);
            }
            if (property.getTypes() != null && property.getTypes().contains("integer") && property.getMinimum() == null) {
                property.setMinimum(java.math.BigDecimal.ZERO);
            }
        });
    }

    /**
     * The body of a PATCH is a JSON Merge Patch of the resource's request form: any of its properties,
     * none required, and null removes an optional one.
     */
    @SuppressWarnings({ "rawtypes", "unchecked" })
    private static void mergePatchBody(PathItem item, Map<String, Schema> schemas) {
        RequestBody replaceBody = item.getPut().getRequestBody();
        if (replaceBody == null || replaceBody.getContent() == null || replaceBody.getContent().get(JSON) == null) {
            return;
        }
        String requestRef = replaceBody.getContent().get(JSON).getSchema().get$ref();
        String requestName = requestRef.substring(requestRef.lastIndexOf('/') + 1);
        String patchName = requestName.replace("Request", "Patch");
        Schema request = schemas.get(requestName);
        Schema patch = new ObjectSchema()
            .description("A JSON Merge Patch (RFC 7396) of a " + requestName + ": the properties to change. Null removes an optional "
                + "property; where leaving a property out of a replacement keeps it (a talk's status, a delegation's members), null keeps it too");
        Map<String, Schema> properties = new LinkedHashMap<>();
        List<String> required = request.getRequired() == null ? List.of() : request.getRequired();
        // a property a replacement needs cannot be removed, so a patch may not set it to null
        ((Map<String, Schema>) request.getProperties()).forEach((name, property) ->
            properties.put(name, required.contains(name) ? property : nullable(property)));
        patch.setProperties(properties);
        patch.setAdditionalProperties(false);
        schemas.put(patchName, patch);
        item.getPatch().setRequestBody(new RequestBody().required(true).content(new Content()
            .addMediaType(MergePatch.MEDIA_TYPE, new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + patchName)))));
    }

    @SuppressWarnings({ "rawtypes", "unchecked" })
    private static void optionalMayBeNull(Schema schema) {
        if (schema.getProperties() == null) {
            return;
        }
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        ((Map<String, Schema>) schema.getProperties()).replaceAll((name, property) -> required.contains(name) ? property : nullable(property));
    }

    @SuppressWarnings({ "rawtypes", "unchecked" })
    private static Schema nullable(Schema property) {
        if (property.get$ref() != null || property.getTypes() == null) {
            Schema either = new Schema<>().anyOf(List.of(property, new Schema<>().types(Set.of("null"))));
            either.setDescription(property.getDescription());
            property.setDescription(null);
            return either;
        }
        Set<String> types = new java.util.LinkedHashSet<>(property.getTypes());
        types.add("null");
        property.setTypes(types);
        return property;
    }

    /** Publishes what {@code @NotBlank} enforces beyond a length: text of spaces only is no text. */
    @Bean
    PropertyCustomizer parleyConstraints() {
        return (property, type) -> {
            java.lang.annotation.Annotation[] annotations = type.getCtxAnnotations();
            if (annotations == null) {
                return property;
            }
            for (java.lang.annotation.Annotation annotation : annotations) {
                if (annotation instanceof jakarta.validation.constraints.NotBlank) {
                    property.setMinLength(1);
                    // a character above U+0020, which is what trimming keeps
                    property.setPattern("[^\\u0000-\\u0020]");
                }
            }
            return property;
        };
    }

    private static List<Parameter> pagingParameters(MethodParameter pageable) {
        SortableBy sortable = pageable.getParameterAnnotation(SortableBy.class);
        List<String> orders = new ArrayList<>();
        List<String> properties = new ArrayList<>(List.of(sortable.value()));
        if (!sortable.searchedBy().isEmpty()) {
            properties.add(0, TextMatch.RELEVANCE);
        }
        for (String property : properties) {
            orders.add(property);
            orders.add(property + ",asc");
            orders.add(property + ",desc");
        }
        return List.of(
            new QueryParameter().name("page").description("The page, from 0")
                .schema(new IntegerSchema().format("int32").minimum(java.math.BigDecimal.ZERO).maximum(java.math.BigDecimal.valueOf(StrictPageableResolver.MAX_PAGE))
                    ._default(0)),
            new QueryParameter().name("size").description("Rows a page; more than " + StrictPageableResolver.MAX_SIZE + " is refused, not reduced")
                .schema(new IntegerSchema().format("int32").minimum(java.math.BigDecimal.ONE)
                    .maximum(java.math.BigDecimal.valueOf(StrictPageableResolver.MAX_SIZE))._default(StrictPageableResolver.DEFAULT_SIZE)),
            new QueryParameter().name("sort").description("Sort order, repeatable: a property, optionally with ,asc or ,desc. Default: "
                    + (sortable.searchedBy().isEmpty() ? sortable.defaultSort()
                        : "relevance,desc with " + sortable.searchedBy() + (sortable.value().length == 0 ? "" : ", else " + sortable.defaultSort()))
                    + (sortable.searchedBy().isEmpty() ? "" : "; relevance only with " + sortable.searchedBy()))
                .explode(true)
                .schema(new ArraySchema().maxItems(properties.size())
                    .items(new StringSchema()._enum(orders))));
    }

    private static Header headerRef(String name) {
        return new Header().$ref("#/components/headers/" + name);
    }

    /** What If-Match and If-None-Match take: * or a list of quoted ETags, as the server checks them. */
    private static Schema<String> entityTagsSchema(String example) {
        return new StringSchema().maxLength(ETags.MAX_HEADER_LENGTH).example(example)
            .pattern(ETags.ENTITY_TAGS_FORM);
    }

    private static Schema<String> requestIdSchema() {
        return new StringSchema().maxLength(100).pattern(RequestIds.SANE_FORM).example("desk-42");
    }

    @SuppressWarnings({ "rawtypes", "unchecked" })
    private static Schema problemSchema() {
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("type", new Schema<>().$ref("#/components/schemas/ProblemType"));
        properties.put("title", new StringSchema().maxLength(200).description("Short summary of the kind of problem"));
        properties.put("status", new IntegerSchema().format("int32").minimum(java.math.BigDecimal.valueOf(400))
            .maximum(java.math.BigDecimal.valueOf(599)));
        properties.put("detail", new StringSchema().maxLength(2000).description("What went wrong in this request"));
        properties.put("instance", new StringSchema().format("uri-reference").maxLength(2048).description("The path of the request"));
        properties.put("requestId", new StringSchema().maxLength(100).description("The X-Request-Id of the request, to quote when reporting it"));
        properties.put("errors", new ArraySchema().maxItems(100).items(new Schema<>().$ref("#/components/schemas/FieldError"))
            .description("For invalid input: each offending field"));
        return new ObjectSchema().description("An RFC 9457 problem").properties(properties)
            .required(List.of("type", "title", "status", "detail", "requestId"));
    }

    /** Every type a problem can have: clients switch on it without a default case for the unknown. */
    @SuppressWarnings({ "rawtypes", "unchecked" })
    private static Schema problemTypeSchema() {
        Map<String, String> described = new LinkedHashMap<>();
        for (ProblemType type : ProblemType.values()) {
            String status = type == ProblemType.REQUEST_REFUSED ? "another status" : Integer.toString(type.status().value());
            described.put("/problems/" + type.slug(), status + ": " + type.description());
        }
        for (Rule rule : Rule.values()) {
            described.put("/problems/" + rule.slug(), "409: " + rule.description());
        }
        StringBuilder description = new StringBuilder("The kind of problem, stable across releases:\n");
        described.forEach((type, meaning) -> description.append("\n- `").append(type).append("` (").append(meaning).append(')'));
        Schema schema = new StringSchema().format("uri-reference").maxLength(200).description(description.toString());
        schema.setEnum(new ArrayList<>(described.keySet()));
        schema.addExtension("x-enum-descriptions", new ArrayList<>(described.values()));
        return schema;
    }

    @SuppressWarnings({ "rawtypes", "unchecked" })
    private static Schema fieldErrorSchema() {
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("field", new StringSchema().maxLength(200).description("The field or parameter, e.g. members[0].fullName"));
        properties.put("message", new StringSchema().maxLength(500).description("What is wrong with it"));
        return new ObjectSchema().properties(properties).required(List.of("field", "message"));
    }
}

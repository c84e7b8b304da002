// What a frontend developer writes against Parley with openapi-fetch. It is only type-checked
// (npm run typecheck), never run: if the description changes in a way that breaks this code,
// the check fails. Bodies are declared with their schema type first: openapi-fetch infers an inline
// literal generically, so a misspelt property in it would not be reported.
import createClient from "openapi-fetch";
import type { components, paths } from "./generated/parley";

type Schemas = components["schemas"];
export type Problem = Schemas["Problem"];
export type Talk = Schemas["TalkResponse"];

// the lists that export CSV and NDJSON declare those types too; a frontend reading JSON says so
export const client = createClient<paths, "application/json" | "application/problem+json">({ baseUrl: "http://localhost:8080" });

/** Every failure is an RFC 9457 problem; this is how a frontend shows one. */
export function describeProblem(problem: Problem): string {
  const fields = (problem.errors ?? []).map((e) => `${e.field}: ${e.message}`);
  return [`${problem.status} ${problem.title} (${problem.type})`, problem.detail, ...fields].join("\n");
}

/** Thrown for any error answer, carrying the problem the service sent. */
export class ProblemError extends Error {
  constructor(readonly problem: Problem) {
    super(describeProblem(problem));
  }
}

/** Ongoing or planned rounds from 1 December 2025 on, second page of ten. */
export async function listOngoingTalks(): Promise<Talk[]> {
  const { data, error } = await client.GET("/api/v1/talks", {
    params: { query: { status: ["ONGOING", "PLANNED"], from: "2025-12-01", page: 1, size: 10, sort: ["startDate,desc"] } },
  });
  if (error) throw new ProblemError(error);
  const total: number = data.page.totalElements;
  const exact: boolean = data.page.totalExact;
  console.log(`${data.content.length} of ${exact ? "" : "at least "}${total} rounds`);
  return data.content;
}

export async function createTalk(): Promise<Talk> {
  const body: Schemas["TalkRequest"] = {
    title: "Miami consultations",
    city: "Miami",
    country: "United States",
    startDate: "2025-12-20",
    endDate: "2025-12-21",
    format: "PROXIMITY",
    status: "ONGOING",
  };
  const { data, error } = await client.POST("/api/v1/talks", { body });
  if (error) throw new ProblemError(error);
  return data;
}

/** Reads the talk and its ETag, edits what it read and sends it back: a GET body is a PUT body, no cast needed. */
export async function renameTalk(id: string, title: string): Promise<Talk> {
  const read = await client.GET("/api/v1/talks/{id}", { params: { path: { id } } });
  if (read.error) throw new ProblemError(read.error);
  const etag = read.response.headers.get("ETag");
  if (etag === null) throw new Error("the service sent no ETag");

  const body: Schemas["TalkRequest"] = { ...read.data, title };
  const { data, error, response } = await client.PUT("/api/v1/talks/{id}", {
    params: { path: { id }, header: { "If-Match": etag } },
    body,
  });
  if (error) {
    if (response.status === 412) console.warn("someone else changed the talk; reload and retry");
    if (error.type === "/problems/illegal-status-transition") console.warn(error.detail);
    throw new ProblemError(error);
  }
  return data;
}

/** The same round trip for a delegation and its members, and for a statement and its sources. */
export async function renameFirstMember(delegationId: string, statementId: string): Promise<void> {
  const delegation = await client.GET("/api/v1/delegations/{id}", { params: { path: { id: delegationId } } });
  if (delegation.error) throw new ProblemError(delegation.error);
  const edited: Schemas["DelegationRequest"] = {
    ...delegation.data,
    members: delegation.data.members.map((m, i) => (i === 0 ? { ...m, fullName: m.fullName.toUpperCase() } : m)),
  };
  await client.PUT("/api/v1/delegations/{id}", {
    params: { path: { id: delegationId }, header: { "If-Match": delegation.response.headers.get("ETag") ?? "*" } },
    body: edited,
  });

  const statement = await client.GET("/api/v1/statements/{id}", { params: { path: { id: statementId } } });
  if (statement.error) throw new ProblemError(statement.error);
  const corrected: Schemas["StatementRequest"] = { ...statement.data, kind: "DENIAL" };
  await client.PUT("/api/v1/statements/{id}", {
    params: { path: { id: statementId }, header: { "If-Match": statement.response.headers.get("ETag") ?? "*" } },
    body: corrected,
  });
}

/** Every problem type is named in the contract, so a switch over them needs no default case. */
export function advice(problem: Problem): string {
  switch (problem.type) {
    case "/problems/precondition-failed":
    case "/problems/concurrent-modification":
      return "reload and apply the change again";
    case "/problems/precondition-required":
      return "send If-Match";
    case "/problems/database-unavailable":
    case "/problems/database-timeout":
      return "retry after Retry-After";
    default:
      return problem.detail;
  }
}

/** JSON Merge Patch: only the fields given change; null removes an optional one. */
export async function concludeTalk(id: string, etag: string): Promise<Talk> {
  const patch: Schemas["TalkPatch"] = { status: "CONCLUDED", venue: null };
  const { data, error } = await client.PATCH("/api/v1/talks/{id}", {
    params: { path: { id }, header: { "If-Match": etag } },
    headers: { "Content-Type": "application/merge-patch+json" },
    body: patch,
  });
  if (error) throw new ProblemError(error);
  return data;
}

/** Seats a delegation whatever the talk looks like now: If-Match * overwrites whatever is current. */
export async function seatMediator(id: string, delegationId: string): Promise<Schemas["ParticipantResponse"]> {
  const { data, error } = await client.PUT("/api/v1/talks/{id}/participants/{delegationId}", {
    params: { path: { id, delegationId }, header: { "If-Match": "*" } },
    body: { role: "MEDIATOR" },
  });
  if (error) throw new ProblemError(error);
  return data;
}

export async function recordStatement(talkId: string, delegationId: string): Promise<Schemas["StatementResponse"]> {
  const sources: Schemas["SourceRequest"][] = [
    { outlet: "Associated Press", via: "RIA Novosti", publishedOn: "2025-12-20" },
    { outlet: "Reuters", url: "https://www.reuters.com/world/" },
  ];
  const body: Schemas["StatementRequest"] = {
    talkId,
    delegationId,
    speaker: "Kirill Dmitriev",
    statedOn: "2025-12-20",
    text: "The discussions are proceeding constructively",
    quote: true,
    kind: "ASSESSMENT",
    sources,
  };
  const { data, error } = await client.POST("/api/v1/statements", { body });
  if (error) throw new ProblemError(error);
  const outlets: string[] = data.sources.map((s) => (s.via === null ? s.outlet : `${s.outlet} via ${s.via}`));
  console.log(outlets.join(", "));
  return data;
}

/** A failed write, narrowed to the problem fields a form shows next to its inputs. */
export async function tryCreateInvalidTalk(): Promise<Record<string, string>> {
  const body: Schemas["TalkRequest"] = {
    title: "Backwards round",
    city: "Geneva",
    country: "Switzerland",
    startDate: "2025-12-21",
    endDate: "2025-12-20",
    format: "BILATERAL",
  };
  const { error, response } = await client.POST("/api/v1/talks", { body });
  if (!error) return {};
  const problem: Problem = error;
  const status: number = problem.status;
  const type: string = problem.type;
  const title: string = problem.title;
  const detail: string = problem.detail;
  console.warn(response.headers.get("Content-Type"), status, type, title, detail);
  const byField: Record<string, string> = {};
  for (const e of problem.errors ?? []) byField[e.field] = e.message;
  return byField;
}

/** What was said about an energy truce, best first, with the matching words marked for display. */
export async function searchTruce(): Promise<string[]> {
  const { data, error } = await client.GET("/api/v1/search", {
    params: { query: { q: '"energy truce" or ceasefire -nato', type: ["STATEMENT", "TALK"], size: 10 } },
  });
  if (error) throw new ProblemError(error);
  return data.content.map((hit: Schemas["SearchHitResponse"]) => {
    const marked = [...hit.highlights].reverse().reduce(
      (text, h) => text.slice(0, h.start) + "<mark>" + text.slice(h.start, h.end) + "</mark>" + text.slice(h.end), hit.snippet);
    return `${hit.type} ${hit.title}: ${marked} (${hit.path})`;
  });
}

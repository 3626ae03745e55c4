/**
 * Names for the API shapes the web app reads, all taken from the generated
 * OpenAPI types (`@assay/api-types`): when a route's schema changes, these
 * change with it and the type check shows every page that must follow.
 */
import type { paths } from '@assay/api-types';

type SuccessStatus = 200 | 201 | 202;
type JsonContent<Response> = Response extends { content: { 'application/json': infer Body } } ? Body : never;

/** The JSON body of a successful answer to `method path`. */
type ResponseBody<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends { responses: infer Responses }
  ? JsonContent<Responses[keyof Responses & SuccessStatus]>
  : never;

/** The JSON body `method path` accepts. */
type RequestBody<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends {
  requestBody?: { content: { 'application/json': infer Body } };
}
  ? Body
  : never;

/** The query parameters `method path` accepts. */
type QueryOf<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends { parameters: { query?: infer Query } }
  ? NonNullable<Query>
  : never;

// ---------------------------------------------------------------- reviewer

export type Me = ResponseBody<'/v1/auth/me', 'get'>;
export type User = Me['user'];
export type Role = User['role'];
export type Scope = Me['scopes'][number];
export type TeamInvite = ResponseBody<'/v1/users/invites', 'get'>['invites'][number];

// ---------------------------------------------------------------- assessments

/** GET /v1/assessments/:id answers the reviewer view, or the candidate view to a candidate token. */
export type AssessmentView = ResponseBody<'/v1/assessments/{id}', 'get'>['assessment'];
/** An assessment as reviewers read it: questions with their answer keys, cases with their rubrics. */
export type Assessment = Extract<AssessmentView, { lockOnPass: boolean }>;
export type AssessmentInput = RequestBody<'/v1/assessments', 'post'>;
export type Question = Assessment['questions'][number];
export type QuestionInput = NonNullable<AssessmentInput['questions']>[number];
export type Difficulty = Question['difficulty'];
export type QuestionType = Question['type'];
export type AssessmentCase = Assessment['cases'][number];
export type CaseInput = NonNullable<AssessmentInput['cases']>[number];
export type Issue = ResponseBody<'/v1/issues', 'get'>['issues'][number];
export type Rubric = ResponseBody<'/v1/rubrics', 'get'>['rubrics'][number];

// ---------------------------------------------------------------- candidate keys

export type CandidateKey = ResponseBody<'/v1/assessments/{id}/keys', 'get'>['keys'][number];
export type KeysRequest = RequestBody<'/v1/assessments/{id}/keys', 'post'>;
export type CandidateRow = ResponseBody<'/v1/candidates', 'get'>['candidates'][number];

// ---------------------------------------------------------------- results (reference 000)

export type ResultListItem = ResponseBody<'/results', 'get'>['data'][number];
export type ResultAnswer = ResponseBody<'/results/{id}/answers', 'get'>['data'][number];

// ---------------------------------------------------------------- sessions (attempts)

/** A session (attempt) as GET /v1/sessions/:id returns it. */
export type SessionDetail = ResponseBody<'/v1/sessions/{id}', 'get'>['session'];
export type SessionCase = SessionDetail['cases'][number];
/** A part of an attempt (the question section or one case) and whether it was handed in. */
export type SessionPart = SessionDetail['parts'][number];
export type SessionEvent = ResponseBody<'/v1/sessions/{id}/events', 'get'>['events'][number];
/** The integrity card: violations counted as its timeline shows them (one entry per burst of merged events). */
export type SessionIntegrity = ResponseBody<'/v1/sessions/{id}/integrity', 'get'>['integrity'];
export type CaseGrade = RequestBody<'/v1/sessions/{id}/grades', 'post'>['grades'][number];
export type Decision = RequestBody<'/v1/sessions/{id}/decision', 'post'>['decision'];
/** What a decision would email the candidate (or null), and why. */
export type DecisionEmailPlan = ResponseBody<'/v1/sessions/{id}/decision-email', 'get'>;
export type BulkDecisionResult = ResponseBody<'/v1/sessions/decisions', 'post'>;

// ---------------------------------------------------------------- decision emails (organization settings)

export type DecisionEmailTemplate = ResponseBody<'/v1/decision-emails', 'get'>['templates'][number];
export type RenderedDecisionEmail = ResponseBody<'/v1/decision-emails/preview', 'post'>['email'];

// ---------------------------------------------------------------- item analysis (reference 004)

type ItemAnalysis = ResponseBody<'/v1/assessments/{id}/item-analysis', 'get'>['itemAnalysis'];
export type ItemStats = ItemAnalysis['items'][number];
export type AttemptsFilter = ItemAnalysis['attempts'];

// ---------------------------------------------------------------- organization settings

export type ApiKey = ResponseBody<'/v1/api-keys', 'get'>['apiKeys'][number];
export type Webhook = ResponseBody<'/v1/webhooks', 'get'>['webhooks'][number];
export type WebhookEventType = RequestBody<'/v1/webhooks', 'post'>['eventTypes'][number];
export type Delivery = ResponseBody<'/v1/webhooks/{id}/deliveries', 'get'>['deliveries'][number];
export type DeliveryDetail = ResponseBody<'/v1/webhooks/{id}/deliveries/{deliveryId}', 'get'>['delivery'];
export type AuditActorType = NonNullable<QueryOf<'/v1/audit-log', 'get'>['actorType']>;
export type AuditEntry = ResponseBody<'/v1/audit-log', 'get'>['entries'][number];
/** One action of the audit catalog (GET /v1/audit-log/actions). */
export type AuditActionInfo = ResponseBody<'/v1/audit-log/actions', 'get'>['actions'][number];

// ---------------------------------------------------------------- candidate (the test page)

export type Redeemed = ResponseBody<'/v1/candidate/sessions', 'post'>;
export type CandidateOverview = ResponseBody<'/v1/candidate/assessment', 'get'>;
export type CandidateInvitation = CandidateOverview['invitation'];
/** Who is taking the test, sent with the start when the key was issued without a name. */
export type CandidateDetails = RequestBody<'/v1/candidate/start', 'post'>;
/** The current attempt as the candidate reads it (GET /v1/candidate/session, POST start and submit). */
export type CandidateSessionBody = ResponseBody<'/v1/candidate/session', 'get'>['session'];
export type CandidateQuestion = CandidateSessionBody['questions'][number];
/** The question section or one hands-on case, handed in on its own (decision 0006). */
export type CandidatePart = CandidateSessionBody['parts'][number];
export type CandidateCase = CandidateSessionBody['cases'][number];
export type Selection = CandidateSessionBody['answers'][number]['selectedAnswer'];
export type CandidateEventType = RequestBody<'/v1/candidate/events', 'post'>['events'][number]['type'];

// ---------------------------------------------------------------- home page and question bank

/** GET /v1/home: each part is null when the signed-in reviewer may not read it. */
export type Home = ResponseBody<'/v1/home', 'get'>;
export type HomeActivity = NonNullable<Home['recentActivity']>['items'][number];
export type BankQuestion = ResponseBody<'/v1/question-bank/questions', 'get'>['questions'][number];
export type BankStatus = NonNullable<QueryOf<'/v1/question-bank/questions', 'get'>['status']>;
export type BankCategory = ResponseBody<'/v1/question-bank/categories', 'get'>['categories'][number];
export type BlueprintEntry = NonNullable<AssessmentInput['blueprint']>[number];

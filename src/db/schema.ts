/**
 * Row types of every table, as both databases return them (see migrations/).
 * Timestamps are ISO 8601 strings, flags are 0/1, JSON documents are strings.
 */
export type Flag = number;
export type Timestamp = string;

export interface OrganizationsTable {
  id: string;
  name: string;
  slug: string;
  subscription_status: string;
  trial_ends_at: Timestamp | null;
  monthly_assessment_quota: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface UsersTable {
  id: string;
  org_id: string;
  email: string;
  name: string;
  password_hash: string;
  role: string;
  created_at: Timestamp;
  last_login_at: Timestamp | null;
}

export interface WebSessionsTable {
  token_hash: string;
  org_id: string;
  user_id: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  revoked_at: Timestamp | null;
}

export interface ApiKeysTable {
  id: string;
  org_id: string;
  name: string;
  mode: string;
  key_prefix: string;
  key_hash: string;
  scopes: string;
  created_by: string | null;
  created_at: Timestamp;
  last_used_at: Timestamp | null;
  revoked_at: Timestamp | null;
}

export interface OssIssuesTable {
  id: string;
  org_id: string;
  title: string;
  repo_url: string;
  issue_url: string | null;
  brief: string;
  labels: string;
  created_at: Timestamp;
}

export interface RubricsTable {
  id: string;
  org_id: string;
  name: string;
  criteria: string;
  created_at: Timestamp;
  deleted_at: Timestamp | null;
}

export interface AssessmentsTable {
  id: string;
  org_id: string;
  slug: string;
  title: string;
  role: string;
  task_brief: string | null;
  repo_url: string | null;
  issue_id: string | null;
  time_limit_minutes: number | null;
  expires_in_days: number;
  rubric_id: string | null;
  passing_score: number;
  low_pass_band: number;
  max_attempts: number;
  lock_on_pass: Flag;
  show_result: Flag;
  red_flag_threshold: number;
  skills: string;
  blueprint: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  deleted_at: Timestamp | null;
  /** 0010: `immediately`, `after_decision` or `never` — when the result email goes out. */
  result_email: string;
  /** Migration 0012: a key without a name asks for name and email before the attempt starts. */
  require_candidate_details: Flag;
}

export interface QuestionsTable {
  id: string;
  org_id: string;
  assessment_id: string | null;
  position: number;
  text: string;
  type: string;
  options: string;
  pinned_options: string;
  answer: string;
  category: string;
  difficulty: string;
  points: number;
  created_at: Timestamp;
  deleted_at: Timestamp | null;
  /** 0013: for a bank question taken out of the bank by an edit, the id of the row that replaced it. */
  replaced_by: string | null;
}

export interface CasesTable {
  id: string;
  org_id: string;
  assessment_id: string;
  position: number;
  title: string;
  max_score: number;
  rubric: string | null;
  created_at: Timestamp;
  deleted_at: Timestamp | null;
  /** Migration 0012: what the candidate reads about the task. */
  description: string | null;
}

export interface CandidatesTable {
  id: string;
  org_id: string;
  email: string;
  name: string | null;
  created_at: Timestamp;
}

export interface InvitationsTable {
  id: string;
  org_id: string;
  assessment_id: string;
  candidate_id: string | null;
  candidate_email: string | null;
  candidate_name: string | null;
  key: string;
  invite_token: string;
  record_verification_id: string;
  status: string;
  time_multiplier: number;
  attempt_count: number;
  locked: Flag;
  current_session_id: string | null;
  expires_at: Timestamp;
  redeemed_at: Timestamp | null;
  completed_at: Timestamp | null;
  reminder_sent_at: Timestamp | null;
  created_at: Timestamp;
  revoked_at: Timestamp | null;
}

export interface CandidateTokensTable {
  token_hash: string;
  org_id: string;
  invitation_id: string;
  created_at: Timestamp;
  expires_at: Timestamp;
}

export interface SessionsTable {
  id: string;
  org_id: string;
  assessment_id: string;
  invitation_id: string;
  candidate_id: string | null;
  attempt_number: number;
  status: string;
  seed: string;
  question_order: string;
  started_at: Timestamp;
  deadline_at: Timestamp | null;
  completed_at: Timestamp | null;
  score: number | null;
  max_score: number | null;
  percentage: number | null;
  passed: Flag | null;
  score_status: string;
  correct_count: number | null;
  total_questions: number;
  breakdown: string | null;
  fullscreen_violations: number;
  copy_paste_violations: number;
  focus_lost_count: number;
  red_flag: Flag;
  duration_ms: number | null;
  prompt_count: number;
  command_count: number;
  command_fail_rate: number | null;
  verify_intensity: number | null;
  manual_edit_ratio: number | null;
  first_change_latency_ms: number | null;
  test_pass_rate: number | null;
  typing_speed_wpm: number | null;
  decision: string | null;
  decided_at: Timestamp | null;
  decided_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  /** 0004: `submitted` or `deadline`; null while open. */
  closed_reason: string | null;
  /** 0005: when the question section was handed in; null while it is open. */
  questions_handed_in_at: Timestamp | null;
  /** 0010: when the result email was queued; null while none was. */
  result_emailed_at: Timestamp | null;
  /** 0010: the decider's name as it was then. */
  decided_by_name: string | null;
}

export interface AnswersTable {
  id: string;
  org_id: string;
  session_id: string;
  question_id: string;
  selected: string;
  is_correct: Flag | null;
  points_awarded: number | null;
  time_spent_ms: number;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface CaseResultsTable {
  id: string;
  org_id: string;
  session_id: string;
  case_id: string;
  score: number | null;
  max_score: number;
  status: string;
  grades: string | null;
  feedback: string | null;
  deliverable: string | null;
  time_spent_seconds: number | null;
  graded_at: Timestamp | null;
  graded_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  /** 0005: when the candidate handed this case in; null while open or never handed in. */
  handed_in_at: Timestamp | null;
}

export interface EventsTable {
  id: string;
  org_id: string;
  session_id: string;
  client_event_id: string;
  type: string;
  payload: string;
  occurred_at: Timestamp;
  received_at: Timestamp;
}

export interface SkillsTable {
  id: string;
  org_id: string;
  candidate_id: string;
  name: string;
  status: string;
  verified_at: Timestamp | null;
  verified_by: string | null;
  session_id: string | null;
  updated_at: Timestamp;
}

export interface DomainEventsTable {
  id: string;
  org_id: string;
  type: string;
  payload: string;
  created_at: Timestamp;
}

export interface EmailsTable {
  id: string;
  org_id: string;
  kind: string;
  to_address: string;
  subject: string;
  text_body: string;
  html_body: string;
  related_id: string | null;
  status: string;
  attempts: number;
  last_error: string | null;
  message_id: string | null;
  created_at: Timestamp;
  sent_at: Timestamp | null;
}

export interface JobsTable {
  id: string;
  org_id: string | null;
  type: string;
  payload: string;
  status: string;
  run_at: Timestamp;
  attempts: number;
  max_attempts: number;
  last_error: string | null;
  locked_by: string | null;
  locked_until: Timestamp | null;
  unique_key: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface AuditLogTable {
  id: string;
  org_id: string;
  actor_type: string;
  actor_id: string | null;
  action: string;
  resource_type: string;
  resource_id: string | null;
  ip: string | null;
  user_agent: string | null;
  created_at: Timestamp;
  /** JSON: what was asked (export format, list filters); migration 0003. */
  details: string | null;
  request_id: string | null;
  /** Who did it and what it was, by name, as they were then; migration 0009. */
  actor_name: string | null;
  resource_title: string | null;
  /** JSON `{ before, after }` of an edit (only the fields that changed); migration 0009. */
  changes: string | null;
}

/** What one session contributes to its assessment's cohort aggregates (JSON `{ metric: key }`). */
export interface CohortContributionsTable {
  session_id: string;
  org_id: string;
  assessment_id: string;
  contribution: string;
  updated_at: Timestamp;
}

/** Per assessment and metric: count of values and sum of their integer keys. */
export interface CohortTotalsTable {
  assessment_id: string;
  metric: string;
  org_id: string;
  value_count: number;
  key_sum: number;
  updated_at: Timestamp;
}

/** Radix count tree nodes (docs/cohort-aggregates.md). */
export interface CohortRankCountsTable {
  assessment_id: string;
  metric: string;
  node: number;
  org_id: string;
  value_count: number;
}

/** A rate limit's window (migrations/0007): hits counted until resets_at, keyed by a hash of limit and subject. */
export interface ThrottlesTable {
  key: string;
  hits: number;
  resets_at: string;
}

export interface WebhookEndpointsTable {
  id: string;
  org_id: string;
  url: string;
  description: string | null;
  event_types: string;
  enabled: Flag;
  disabled_reason: string | null;
  secret_encrypted: string;
  previous_secret_encrypted: string | null;
  previous_secret_expires_at: Timestamp | null;
  failing_since: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  deleted_at: Timestamp | null;
}

export interface WebhookDeliveriesTable {
  id: string;
  org_id: string;
  endpoint_id: string;
  event_id: string;
  event_type: string;
  status: string;
  attempts: number;
  response_status: number | null;
  response_body: string | null;
  duration_ms: number | null;
  last_error: string | null;
  next_attempt_at: Timestamp | null;
  last_attempt_at: Timestamp | null;
  delivered_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface WebhookDeliveryAttemptsTable {
  delivery_id: string;
  attempt_number: number;
  org_id: string;
  response_status: number | null;
  response_body: string | null;
  duration_ms: number;
  error: string | null;
  attempted_at: Timestamp;
}

/** Greenhouse Assessment Partner API (migrations/0008_greenhouse.sql). */
export interface GreenhouseSettingsTable {
  org_id: string;
  patch_credential_encrypted: string | null;
  updated_at: Timestamp;
}

export interface GreenhouseInterviewsTable {
  id: string;
  org_id: string;
  assessment_id: string;
  invitation_id: string;
  request_key: string;
  candidate_email: string;
  candidate_first_name: string;
  candidate_last_name: string;
  greenhouse_profile_url: string;
  resume_url: string | null;
  phone_number: string | null;
  callback_url: string;
  created_at: Timestamp;
}

export interface GreenhouseDeliveriesTable {
  id: string;
  org_id: string;
  interview_id: string;
  session_id: string;
  status: string;
  attempts: number;
  response_status: number | null;
  last_error: string | null;
  next_attempt_at: Timestamp | null;
  delivered_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface GreenhouseDeliveryAttemptsTable {
  delivery_id: string;
  attempt_number: number;
  org_id: string;
  response_status: number | null;
  response_body: string | null;
  duration_ms: number;
  error: string | null;
  attempted_at: Timestamp;
}

export interface GreenhouseCallsTable {
  id: string;
  org_id: string;
  api_call: string;
  status_code: number;
  partner_test_id: string | null;
  partner_interview_id: string | null;
  created_at: Timestamp;
}

export interface GreenhouseErrorsTable {
  id: string;
  org_id: string;
  api_call: string;
  errors: string;
  partner_test_id: string | null;
  partner_interview_id: string | null;
  candidate_email: string | null;
  body: string;
  created_at: Timestamp;
}

/** An address invited to join an organization's team (migration 0011). */
export interface TeamInvitesTable {
  id: string;
  org_id: string;
  email: string;
  role: string;
  invited_by_type: string;
  invited_by_id: string | null;
  invited_by_name: string | null;
  token_hash: string;
  /** queued, sent, failed */
  email_status: string;
  created_at: Timestamp;
  /** The latest (re)send. */
  sent_at: Timestamp;
  expires_at: Timestamp;
  accepted_at: Timestamp | null;
  accepted_user_id: string | null;
  revoked_at: Timestamp | null;
}

/** A signup waiting for its emailed link (migration 0011); org_id is set when the link creates the organization. */
export interface PendingSignupsTable {
  id: string;
  org_id: string | null;
  email: string;
  name: string;
  org_name: string;
  /** argon2id; emptied once the signup is completed. */
  password_hash: string;
  token_hash: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  completed_at: Timestamp | null;
}

/** 0010: an organization's email for one hiring decision (`hired` or `rejected`). */
export interface DecisionEmailTemplatesTable {
  org_id: string;
  decision: string;
  enabled: Flag;
  subject: string;
  body: string;
  updated_at: Timestamp;
  updated_by_name: string | null;
}

export interface Database {
  organizations: OrganizationsTable;
  users: UsersTable;
  web_sessions: WebSessionsTable;
  api_keys: ApiKeysTable;
  oss_issues: OssIssuesTable;
  rubrics: RubricsTable;
  assessments: AssessmentsTable;
  questions: QuestionsTable;
  cases: CasesTable;
  candidates: CandidatesTable;
  invitations: InvitationsTable;
  candidate_tokens: CandidateTokensTable;
  sessions: SessionsTable;
  answers: AnswersTable;
  case_results: CaseResultsTable;
  events: EventsTable;
  skills: SkillsTable;
  domain_events: DomainEventsTable;
  emails: EmailsTable;
  jobs: JobsTable;
  audit_log: AuditLogTable;
  webhook_endpoints: WebhookEndpointsTable;
  webhook_deliveries: WebhookDeliveriesTable;
  webhook_delivery_attempts: WebhookDeliveryAttemptsTable;
  greenhouse_settings: GreenhouseSettingsTable;
  greenhouse_interviews: GreenhouseInterviewsTable;
  greenhouse_deliveries: GreenhouseDeliveriesTable;
  greenhouse_delivery_attempts: GreenhouseDeliveryAttemptsTable;
  greenhouse_calls: GreenhouseCallsTable;
  greenhouse_errors: GreenhouseErrorsTable;
  cohort_contributions: CohortContributionsTable;
  cohort_totals: CohortTotalsTable;
  cohort_rank_counts: CohortRankCountsTable;
  throttles: ThrottlesTable;
  team_invites: TeamInvitesTable;
  pending_signups: PendingSignupsTable;
  decision_email_templates: DecisionEmailTemplatesTable;
}

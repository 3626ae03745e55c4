/**
 * Every action the audit trail records, named `resource.verb` (reads of
 * results keep the names they were first recorded under). The API documents
 * this list on the `action` filter and serves it at GET /v1/audit-log/actions,
 * and the dashboard builds its filters from it. `recordAudit` accepts only
 * these names, so an action cannot be written without being listed here.
 */

export type AuditKind = 'change' | 'read';

export interface AuditActionInfo {
  /** A change of the organization's data, or a read (or export) of sensitive data. */
  kind: AuditKind;
  resourceType: string;
  /** What happened, as a sentence fragment people read ("Created an assessment"). */
  label: string;
}

export const AUDIT_ACTIONS = {
  // Changes
  'assessment.create': { kind: 'change', resourceType: 'assessment', label: 'Created an assessment' },
  'assessment.update': { kind: 'change', resourceType: 'assessment', label: 'Changed an assessment (settings, questions or cases)' },
  'assessment.delete': { kind: 'change', resourceType: 'assessment', label: 'Deleted an assessment (and revoked its keys)' },
  'key.create': { kind: 'change', resourceType: 'key', label: 'Created a candidate key' },
  'key.revoke': { kind: 'change', resourceType: 'key', label: 'Revoked a candidate key' },
  'key.resend': { kind: 'change', resourceType: 'key', label: 'Emailed a candidate their invitation again' },
  'rubric.create': { kind: 'change', resourceType: 'rubric', label: 'Created a rubric' },
  'question.create': { kind: 'change', resourceType: 'question', label: 'Added a question to the question bank' },
  'question.update': { kind: 'change', resourceType: 'question', label: 'Edited a question of the question bank (saved as a new version)' },
  'question.delete': { kind: 'change', resourceType: 'question', label: 'Retired a question of the question bank' },
  'question.restore': { kind: 'change', resourceType: 'question', label: 'Restored a retired question to the question bank' },
  'result.grade': { kind: 'change', resourceType: 'result', label: "Graded an attempt's hands-on tasks" },
  'result.decide': { kind: 'change', resourceType: 'result', label: 'Decided on an attempt (hired or rejected)' },
  'decision_email.update': { kind: 'change', resourceType: 'decision_email', label: 'Edited a decision email template' },
  'webhook.create': { kind: 'change', resourceType: 'webhook', label: 'Created a webhook endpoint' },
  'webhook.update': { kind: 'change', resourceType: 'webhook', label: 'Changed a webhook endpoint' },
  'webhook.delete': { kind: 'change', resourceType: 'webhook', label: 'Deleted a webhook endpoint' },
  'webhook.secret_rotate': { kind: 'change', resourceType: 'webhook', label: "Rotated a webhook endpoint's signing secret" },
  'webhook.test': { kind: 'change', resourceType: 'webhook', label: 'Sent a test event to a webhook endpoint' },
  'webhook.redeliver': { kind: 'change', resourceType: 'webhook', label: 'Delivered a webhook event again' },
  'api_key.create': { kind: 'change', resourceType: 'api_key', label: 'Created an API key' },
  'api_key.revoke': { kind: 'change', resourceType: 'api_key', label: 'Revoked an API key' },
  'team_invite.create': { kind: 'change', resourceType: 'team_invite', label: 'Invited a teammate by email' },
  'team_invite.resend': { kind: 'change', resourceType: 'team_invite', label: "Sent a teammate's invitation again" },
  'team_invite.revoke': { kind: 'change', resourceType: 'team_invite', label: "Withdrew a teammate's invitation" },
  'team_invite.accept': { kind: 'change', resourceType: 'team_invite', label: 'Joined the team from an invitation' },
  'user.update': { kind: 'change', resourceType: 'user', label: "Changed a reviewer's name" },
  'user.role_change': { kind: 'change', resourceType: 'user', label: "Changed a reviewer's role" },
  'user.delete': { kind: 'change', resourceType: 'user', label: 'Removed a reviewer account' },
  'org.create': { kind: 'change', resourceType: 'organization', label: 'Created the organization' },
  'org.update': { kind: 'change', resourceType: 'organization', label: "Changed the organization's name, subscription or quota" },
  'integration.update': { kind: 'change', resourceType: 'integration', label: 'Changed an integration setting' },
  // Reads and exports
  'result.list': { kind: 'read', resourceType: 'result', label: 'Listed results' },
  'result.read': { kind: 'read', resourceType: 'result', label: 'Read a result' },
  'result.answers.read': { kind: 'read', resourceType: 'result', label: "Read a result's answers" },
  'result.export': { kind: 'read', resourceType: 'result', label: 'Exported a result (PDF or CSV)' },
  'result.report.view': { kind: 'read', resourceType: 'result', label: "Opened a result's report page" },
  'result.integrity.read': { kind: 'read', resourceType: 'result', label: "Read a result's integrity summary" },
  'result.events.read': { kind: 'read', resourceType: 'result', label: "Read a result's proctoring and telemetry events" },
  'score.read': { kind: 'read', resourceType: 'result', label: 'Read scores (Score API)' },
  'cohort_stats.read': { kind: 'read', resourceType: 'assessment', label: "Read an assessment's cohort statistics" },
} as const satisfies Record<string, AuditActionInfo>;

export type AuditAction = keyof typeof AUDIT_ACTIONS;

export const AUDIT_ACTION_NAMES = Object.keys(AUDIT_ACTIONS) as AuditAction[];

/** The actions of one kind (`read` or `change`). */
export function auditActionsOf(kind: AuditKind): AuditAction[] {
  return AUDIT_ACTION_NAMES.filter((action) => AUDIT_ACTIONS[action].kind === kind);
}

/** Every resource type an entry can name, in catalog order. */
export const AUDIT_RESOURCE_TYPES = [...new Set(AUDIT_ACTION_NAMES.map((action) => AUDIT_ACTIONS[action].resourceType))];

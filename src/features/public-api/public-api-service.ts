import type { Config } from '../../config.js';
import type { Db } from '../../db/database.js';
import { NotFoundError, ValidationError } from '../../errors.js';
import type { Clock } from '../../shared/clock.js';
import { recordAudit, resultTitleOf, type AuditContext } from '../audit/audit-service.js';
import { effectiveKeyStatus, keyTitleOf } from '../invitations/invitations-fns.js';
import { createInvitationsService } from '../invitations/invitations-service.js';
import { takeUrlBase } from '../../shared/take-url.js';
import { caseStatusOf } from '../scoring/scoring-fns.js';
import { decodePublicCursor, encodePublicCursor, publicSessionStatus, timeSpentSeconds, type PublicCursor } from './public-api-fns.js';
import type { CreateInviteBody, PublicResultsQuery } from './public-api-schemas.js';
import {
  findAssessmentBySlug,
  findInvitationByToken,
  invitationTokenOf,
  latestSessionOf,
  listCaseResultsOf,
  pageAssessmentResults,
  type PublicResultRow,
} from './public-api-store.js';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** Where the request came from (scheme and host, as the client sees them), for absolute links. */
export interface RequestOrigin {
  origin: string;
}

function toItem(row: PublicResultRow, role: string) {
  return {
    candidate_email: row.invitation_email ?? row.candidate_email,
    candidate_name: row.invitation_name ?? row.candidate_name,
    role,
    status: publicSessionStatus(row.status),
    score_percentage: row.percentage,
    passed: row.passed === 1,
    time_spent_seconds: timeSpentSeconds(row),
    violation_counts: { fullscreen_violations: row.fullscreen_violations, copy_paste_violations: row.copy_paste_violations },
    started_at: row.started_at,
    completed_at: row.completed_at,
    invite_token: row.invite_token,
  };
}

export function createPublicApiService(deps: { db: Db; clock: Clock; config: Pick<Config, 'publicUrl' | 'port'> }) {
  const { db, clock, config } = deps;
  const invitations = createInvitationsService(deps);

  async function assessmentOf(orgId: string, slug: string) {
    const assessment = await findAssessmentBySlug(db, orgId, slug);
    if (!assessment) throw new NotFoundError('Assessment');
    return assessment;
  }

  return {
    /**
     * Finished sessions of an assessment, most recent completion first, keyset
     * paged: results completed while a client pages never shift its pages.
     */
    async listResults(context: AuditContext, slug: string, query: PublicResultsQuery, where: RequestOrigin) {
      const assessment = await assessmentOf(context.orgId, slug);
      const pageSize = Math.min(Math.max(Math.trunc(query.page_size ?? DEFAULT_PAGE_SIZE), 1), MAX_PAGE_SIZE);
      const cursor = query.cursor === undefined ? null : decodePublicCursor(query.cursor);
      if (query.cursor !== undefined && cursor === null) {
        throw new ValidationError('querystring: cursor is not a cursor from this endpoint', [{ field: 'cursor', message: 'is invalid' }], 'invalid_cursor');
      }
      const rows = await pageAssessmentResults(db, context.orgId, assessment.id, cursor, pageSize + 1);
      const more = rows.length > pageSize;
      let page = rows.slice(0, pageSize);
      if (cursor?.reverse) page = page.reverse();
      const first = page[0];
      const last = page[page.length - 1];
      const base = `${where.origin}/api/v1/public/assessments/${encodeURIComponent(assessment.slug)}/results/`;
      const link = (next: PublicCursor | null) => {
        const params = new URLSearchParams();
        if (next) params.set('cursor', encodePublicCursor(next));
        if (pageSize !== DEFAULT_PAGE_SIZE) params.set('page_size', String(pageSize));
        const search = params.toString();
        return search ? `${base}?${search}` : base;
      };
      const position = (row: PublicResultRow, reverse: boolean): PublicCursor => ({ reverse, completedAt: row.completed_at!, id: row.id });
      let next: string | null = null;
      let previous: string | null = null;
      if (!cursor) {
        next = more && last ? link(position(last, false)) : null;
      } else if (!cursor.reverse) {
        next = more && last ? link(position(last, false)) : null;
        // Everything up to the cursor lies before this page.
        previous = first ? link(position(first, true)) : link(null);
      } else {
        previous = more && first ? link(position(first, true)) : null;
        next = last ? link(position(last, false)) : link(null);
      }
      await recordAudit(db, clock, context, {
        action: 'result.list',
        resourceType: 'assessment',
        resourceId: assessment.id,
        resourceTitle: assessment.title,
        details: { slug: assessment.slug, resultIds: page.map((row) => row.id) },
      });
      return { next, previous, results: page.map((row) => toItem(row, assessment.role)) };
    },

    /** The detailed result of one invitation, by its invite_token. */
    async resultByToken(context: AuditContext, token: string, where: RequestOrigin) {
      const invitation = await findInvitationByToken(db, context.orgId, token);
      if (!invitation) throw new NotFoundError('Invitation');
      const session = await latestSessionOf(db, context.orgId, invitation.id);
      const cases = session ? await listCaseResultsOf(db, context.orgId, session.id) : [];
      const reportOrigin = config.publicUrl ?? where.origin;
      const candidate = {
        name: invitation.candidate_name ?? invitation.candidate_row_name,
        email: invitation.candidate_email ?? invitation.candidate_row_email,
      };
      await recordAudit(db, clock, context, {
        action: 'result.read',
        resourceType: session ? 'result' : 'key',
        resourceId: session ? session.id : invitation.id,
        resourceTitle: session ? resultTitleOf(candidate, invitation.assessment_title) : keyTitleOf(invitation),
        details: { inviteToken: token },
      });
      return {
        candidate_email: candidate.email,
        candidate_name: candidate.name,
        assessment: invitation.assessment_title,
        status: effectiveKeyStatus(invitation, clock.now()),
        score: session?.score === null || session?.score === undefined ? null : Math.round(session.score),
        max_score: session?.max_score === null || session?.max_score === undefined ? null : Math.round(session.max_score),
        score_percentage: session?.percentage ?? null,
        passed: session?.passed === 1,
        passing_score: invitation.passing_score,
        started_at: session?.started_at ?? null,
        completed_at: session?.completed_at ?? null,
        violation_counts: {
          fullscreen_violations: session?.fullscreen_violations ?? 0,
          copy_paste_violations: session?.copy_paste_violations ?? 0,
        },
        detailed_report_url: session?.completed_at ? `${reportOrigin}/reports/sessions/${session.id}` : null,
        cases: cases.map((item, index) => ({
          case_order: index + 1,
          case_title: item.title,
          score: item.score,
          max_score: item.max_score,
          status: caseStatusOf(item),
          time_spent_seconds: item.time_spent_seconds,
        })),
      };
    },

    /** Creates one invitation (a candidate key) through the invitations feature, and returns its invite_token. */
    async createInvite(context: AuditContext, slug: string, body: CreateInviteBody, where: RequestOrigin) {
      const { orgId } = context;
      const assessment = await assessmentOf(orgId, slug);
      const [key] = await invitations.generate(context, assessment.id, {
        count: 1,
        candidateEmails: [body.candidate_email],
        ...(body.candidate_name ? { candidateNames: [body.candidate_name] } : {}),
      });
      const { invite_token: inviteToken } = await invitationTokenOf(db, orgId, key!.id);
      return {
        invite_token: inviteToken,
        key: key!.key,
        status: key!.status,
        candidate_email: key!.candidateEmail ?? body.candidate_email.toLowerCase(),
        candidate_name: key!.candidateName,
        assessment: assessment.slug,
        expires_at: key!.expiresAt,
        invite_url: `${takeUrlBase(config)}/take/${key!.key}`,
        result_url: `${where.origin}/api/v1/public/invites/${inviteToken}/result/`,
      };
    },
  };
}

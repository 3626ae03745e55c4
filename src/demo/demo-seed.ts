import type { Config } from '../config.js';
import type { Db } from '../db/database.js';
import { inTransaction } from '../db/database.js';
import type { DialectName } from '../db/dialect.js';
import { randomSecret } from '../ids.js';
import type { Clock } from '../shared/clock.js';
import { createApiKey } from '../features/api-keys/api-keys-service.js';
import { createAssessmentsService } from '../features/assessments/assessments-service.js';
import { createInvitationsService } from '../features/invitations/invitations-service.js';
import { createOrganization } from '../features/orgs/orgs-service.js';
import { createRubricsService } from '../features/rubrics/rubrics-service.js';
import { hashPassword } from '../features/users/users-passwords.js';
import { createUser } from '../features/users/users-service.js';
import {
  DEMO_INVITED_CANDIDATES,
  DEMO_ORG_NAME,
  DEMO_ORG_SLUG,
  DEMO_OWNER_EMAIL,
  DEMO_OWNER_NAME,
  DEMO_PAST_CANDIDATES,
  DEMO_RUBRIC,
  DEMO_UNNAMED_KEYS,
  demoAssessment,
} from './demo-content.js';
import { demoAuditContext, seedDemoResults } from './demo-results.js';
import { hasAnyOrganization, joinTransaction, lockDemoSeed } from './demo-store.js';

export interface DemoSeedDeps {
  db: Db;
  dialect: DialectName;
  clock: Clock;
  config: Pick<Config, 'publicUrl' | 'port'>;
}

/** What the demo created, with the secrets that are shown only once. */
export interface DemoCredentials {
  orgId: string;
  orgName: string;
  apiKey: string;
  ownerEmail: string;
  ownerPassword: string;
  assessmentId: string;
  assessmentTitle: string;
  questionCount: number;
  caseCount: number;
  /** Finished attempts of past candidates, and how many of them still await grading. */
  results: { finished: number; awaitingGrade: number };
  keys: { key: string; candidateEmail: string | null }[];
}

/**
 * On a database without any organization, creates the demo organization: an
 * all-scope API key, an owner login with a generated password, a rubric, the
 * "Backend Engineer Screen" assessment (questions in three categories and all
 * difficulties, two graded cases), a few finished attempts of past candidates
 * (scored, most of them graded, one hired and one rejected) and a few
 * candidate keys to hand out. Returns null, and
 * writes nothing, when the database already has an organization: it runs on
 * every start, and safely on several instances starting at once.
 */
export async function seedDemoIfEmpty(deps: DemoSeedDeps): Promise<DemoCredentials | null> {
  const { db, dialect, clock, config } = deps;
  if (await hasAnyOrganization(db)) return null;
  const ownerPassword = randomSecret(12);
  // Hashing takes tens of milliseconds: do it before the transaction holds any lock.
  const passwordHash = await hashPassword(ownerPassword);

  return inTransaction(db, async (trx) => {
    await lockDemoSeed(trx, dialect);
    if (await hasAnyOrganization(trx)) return null;

    const org = await createOrganization(trx, clock, { name: DEMO_ORG_NAME, slug: DEMO_ORG_SLUG });
    const { key: apiKey } = await createApiKey(trx, clock, org.id, { name: 'Demo key' });
    await createUser(trx, clock, { orgId: org.id, email: DEMO_OWNER_EMAIL, name: DEMO_OWNER_NAME, role: 'owner', passwordHash });

    // The feature services validate and write exactly as the API does; joined, they commit with the rest.
    const joined = { db: joinTransaction(trx), clock, config };
    const audit = demoAuditContext(org.id);
    const rubric = await createRubricsService(joined).create(audit, DEMO_RUBRIC);
    const content = demoAssessment(rubric.id);
    const assessment = await createAssessmentsService(joined).create(audit, content);
    await seedDemoResults(joined, {
      orgId: org.id,
      assessmentId: assessment.id,
      questions: content.questions ?? [],
      cases: content.cases ?? [],
      candidates: DEMO_PAST_CANDIDATES,
    });
    const invitations = createInvitationsService(joined);
    const invited = await invitations.generate(audit, assessment.id, {
      count: DEMO_INVITED_CANDIDATES.length,
      candidateEmails: DEMO_INVITED_CANDIDATES.map((candidate) => candidate.email),
      candidateNames: DEMO_INVITED_CANDIDATES.map((candidate) => candidate.name),
    });
    const unnamed = await invitations.generate(audit, assessment.id, { count: DEMO_UNNAMED_KEYS });

    return {
      orgId: org.id,
      orgName: org.name,
      apiKey,
      ownerEmail: DEMO_OWNER_EMAIL,
      ownerPassword,
      assessmentId: assessment.id,
      assessmentTitle: assessment.title,
      questionCount: assessment.questions.length,
      caseCount: assessment.cases.length,
      results: {
        finished: DEMO_PAST_CANDIDATES.length,
        awaitingGrade: DEMO_PAST_CANDIDATES.filter((candidate) => candidate.grades === null).length,
      },
      keys: [...invited, ...unnamed].map((key) => ({ key: key.key, candidateEmail: key.candidateEmail })),
    };
  });
}

/** The public base URL for links: ASSAY_PUBLIC_URL, or the listen address with a wildcard host made clickable. */
export function demoBaseUrl(publicUrl: string | null, listenAddress: string): string {
  if (publicUrl) return publicUrl.replace(/\/+$/, '');
  return listenAddress.replace(/\/\/(0\.0\.0\.0|\[::\])(?=[:/]|$)/, '//localhost').replace(/\/+$/, '');
}

/** The start-up message that hands the demo's credentials to the person who started Assay. */
export function formatDemoBanner(demo: DemoCredentials, baseUrl: string): string {
  const rule = '─'.repeat(72);
  const row = (label: string, value: string) => `  ${label.padEnd(16)}${value}`;
  const keyLines = demo.keys.map((key, index) =>
    row(index === 0 ? 'Candidate keys' : '', `${key.key}  ${key.candidateEmail ?? '(no email: hand it out yourself)'}`),
  );
  return [
    '',
    rule,
    '  Assay demo data created on this empty database (ASSAY_DEMO=0 turns this off).',
    '  The API key and the password are shown only now.',
    '',
    row('Organization', demo.orgName),
    row('API key', `${demo.apiKey}  (every scope)`),
    row('Reviewer login', `${demo.ownerEmail}  /  ${demo.ownerPassword}  (owner)`),
    row('Assessment', `${demo.assessmentTitle}  (${demo.questionCount} questions, ${demo.caseCount} cases)`),
    row('Results', `${demo.results.finished} finished attempts (${demo.results.awaitingGrade} awaiting grading)`),
    ...keyLines,
    '',
    row('Dashboard', `${baseUrl}/`),
    row('Take a test', `${baseUrl}/take`),
    row('API docs', `${baseUrl}/docs`),
    row('OpenAPI', `${baseUrl}/openapi.json`),
    '',
    `  Try: curl -H "Authorization: Bearer ${demo.apiKey}" ${baseUrl}/v1/assessments`,
    rule,
    '',
  ].join('\n');
}

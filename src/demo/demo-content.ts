import type { CreateAssessmentBody } from '../features/assessments/assessments-schemas.js';
import type { CreateRubricBody } from '../features/rubrics/rubrics-schemas.js';

/**
 * What the demo organization contains. Plain data, in the same shapes as the
 * HTTP bodies (a test posts them through the API to prove they stay valid).
 */

export const DEMO_ORG_NAME = 'Demo Company';
export const DEMO_ORG_SLUG = 'demo-company';
export const DEMO_OWNER_EMAIL = 'demo@assay.local';
export const DEMO_OWNER_NAME = 'Demo Owner';

export const DEMO_RUBRIC: CreateRubricBody = {
  name: 'Backend take-home review',
  criteria: [
    { name: 'Correctness', maxPoints: 4, description: 'Does what the brief asks, including the edge cases it names' },
    { name: 'Tests', maxPoints: 3, description: 'Tests that would fail without the change' },
    { name: 'Readability', maxPoints: 2, description: 'Small functions, clear names, no dead code' },
    { name: 'Communication', maxPoints: 1, description: 'A pull-request description a reviewer can follow' },
  ],
};

export function demoAssessment(rubricId: string): CreateAssessmentBody {
  return {
    title: 'Backend Engineer Screen',
    role: 'Backend Engineer',
    slug: 'backend-engineer-screen',
    taskBrief:
      'Part 1: twelve questions on algorithms, databases and HTTP (about 20 minutes). ' +
      'Part 2: two hands-on tasks in the repository below. Clone it, work on a branch, and submit the link to your branch. ' +
      'We grade the tasks with the rubric shown next to each one; tests and a short write-up of your choices count.',
    repoUrl: 'https://github.com/fastify/demo',
    timeLimitMinutes: 90,
    expiresInDays: 7,
    rubricId,
    passingScore: 60,
    maxAttempts: 1,
    lockOnPass: true,
    skills: ['Algorithms', 'SQL', 'HTTP APIs'],
    questions: [
      {
        text: 'What is the worst-case time complexity of binary search over a sorted array of n elements?',
        type: 'single',
        options: ['O(1)', 'O(log n)', 'O(n)', 'O(n log n)'],
        answer: 1,
        category: 'Algorithms',
        difficulty: 'easy',
        points: 1,
      },
      {
        text: 'Which data structure offers insert, delete and lookup by key in O(1) average time?',
        type: 'single',
        options: ['Balanced binary search tree', 'Hash table', 'Sorted array', 'Singly linked list'],
        answer: 1,
        category: 'Algorithms',
        difficulty: 'medium',
        points: 2,
      },
      {
        text: 'Which of these sorting algorithms are stable in their standard form?',
        type: 'multiple',
        options: ['Merge sort', 'Quicksort', 'Insertion sort', 'Heapsort'],
        answer: [0, 2],
        category: 'Algorithms',
        difficulty: 'medium',
        points: 2,
      },
      {
        text: "Dijkstra's shortest-path algorithm can return wrong distances when the graph has…",
        type: 'single',
        options: ['cycles', 'negative edge weights', 'several edges between the same two nodes', 'unreachable nodes'],
        answer: 1,
        category: 'Algorithms',
        difficulty: 'hard',
        points: 3,
      },
      {
        text: 'Which SQL clause filters groups after aggregation?',
        type: 'single',
        options: ['WHERE', 'HAVING', 'ORDER BY', 'LIMIT'],
        answer: 1,
        category: 'Databases',
        difficulty: 'easy',
        points: 1,
      },
      {
        text: 'A table has a composite B-tree index on (last_name, first_name). Which query can use it to find rows directly?',
        type: 'single',
        options: [
          "WHERE first_name = 'Ada'",
          "WHERE last_name = 'Lovelace'",
          "WHERE first_name LIKE '%da'",
          'None of them: composite indexes only serve ORDER BY',
        ],
        answer: 1,
        category: 'Databases',
        difficulty: 'medium',
        points: 2,
        pinnedOptions: [3],
      },
      {
        text: 'Name the strictest transaction isolation level of the SQL standard, which prevents dirty reads, non-repeatable reads and phantoms. (One word.)',
        type: 'text',
        answer: 'serializable',
        category: 'Databases',
        difficulty: 'medium',
        points: 2,
      },
      {
        text: 'Which anomalies can still happen under READ COMMITTED isolation?',
        type: 'multiple',
        options: ['Dirty reads', 'Non-repeatable reads', 'Phantom reads', 'Lost updates from read-modify-write cycles'],
        answer: [1, 2, 3],
        category: 'Databases',
        difficulty: 'hard',
        points: 3,
      },
      {
        text: 'Which status code tells a client that it must authenticate to get the resource?',
        type: 'single',
        options: ['400 Bad Request', '401 Unauthorized', '403 Forbidden', '404 Not Found'],
        answer: 1,
        category: 'HTTP & APIs',
        difficulty: 'easy',
        points: 1,
      },
      {
        text: 'Which HTTP methods are idempotent by definition (RFC 9110)?',
        type: 'multiple',
        options: ['GET', 'POST', 'PUT', 'DELETE', 'PATCH'],
        answer: [0, 2, 3],
        category: 'HTTP & APIs',
        difficulty: 'medium',
        points: 2,
      },
      {
        text: 'Which method does a browser use for a CORS preflight request?',
        type: 'single',
        options: ['GET', 'HEAD', 'OPTIONS', 'TRACE'],
        answer: 2,
        category: 'HTTP & APIs',
        difficulty: 'medium',
        points: 2,
      },
      {
        text: 'Why must a webhook receiver verify the HMAC signature over the raw request body rather than over re-serialised parsed JSON?',
        type: 'single',
        options: [
          'Parsing JSON is too slow for webhooks',
          'Re-serialising can change the bytes (key order, whitespace, number format), so a valid signature would not match',
          'HMAC can only be computed over strings, not objects',
          'The raw body is encrypted and must be decrypted first',
        ],
        answer: 1,
        category: 'HTTP & APIs',
        difficulty: 'hard',
        points: 3,
      },
    ],
    cases: [
      {
        title: 'Add per-IP rate limiting to the login endpoint',
        maxScore: 10,
        description:
          'POST /login accepts unlimited attempts. Limit it to 10 attempts a minute per client address: answer 429 with a Retry-After header once the limit is reached, and reset after the window.\n\nAdd tests for the limit and its reset, and document the setting in the README.',
        rubric: {
          criteria: [
            { name: 'Limits per client and answers 429 with Retry-After', maxPoints: 5 },
            { name: 'Tests for the limit and its reset', maxPoints: 3 },
            { name: 'Configuration documented', maxPoints: 2 },
          ],
        },
      },
      {
        title: 'Remove the N+1 query from the task list endpoint',
        maxScore: 10,
        description:
          'GET /tasks runs one query for the page and one more per task for its assignee. Load a page with a constant number of queries, keep the response unchanged, and add a test that counts the queries.',
        rubric: {
          criteria: [
            { name: 'One query (or a constant number) per page', maxPoints: 5 },
            { name: 'A test that counts the queries', maxPoints: 3 },
            { name: 'Explains the trade-offs in the pull request', maxPoints: 2 },
          ],
        },
      },
    ],
  };
}

/** Candidate keys to generate: some invited by email, some to hand out by hand. */
export const DEMO_INVITED_CANDIDATES = [
  { email: 'ada.lovelace@example.com', name: 'Ada Lovelace' },
  { email: 'alan.turing@example.com', name: 'Alan Turing' },
];
export const DEMO_UNNAMED_KEYS = 2;

/** One past candidate of the demo assessment: how they did, scripted. */
export interface DemoPastCandidate {
  name: string;
  email: string;
  /** The day they took it, in days before the seed (at least 2: their attempts are over by the seed). */
  daysAgo: number;
  /** Minutes from start to submit. */
  minutes: number;
  /** Positions (0-based, in the assessment's order) of the questions answered correctly; the rest are answered wrongly. */
  correct: readonly number[];
  /** Positions left unanswered. */
  skipped?: readonly number[];
  fullscreenExits: number;
  pastes: number;
  focusLost: number;
  /** Work in their terminal on the hands-on tasks (through the `assay` CLI). */
  prompts: number;
  commands: readonly { command: string; exitCode: number; isVerify: boolean }[];
  edits: readonly ('manual' | 'ai')[];
  tests: { passed: number; total: number } | null;
  /** Rubric points per case, criterion by criterion; null while a reviewer has yet to grade. */
  grades: readonly [readonly number[], readonly number[]] | null;
  decision?: 'hired' | 'rejected';
}

const ALL_QUESTIONS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];

/**
 * Finished attempts, so that a new installation shows results, a cohort,
 * item analysis and the grading queue before anyone has taken a test.
 */
export const DEMO_PAST_CANDIDATES: readonly DemoPastCandidate[] = [
  {
    name: 'Grace Hopper',
    email: 'grace.hopper@example.com',
    daysAgo: 6,
    minutes: 74,
    correct: ALL_QUESTIONS.filter((n) => n !== 11),
    fullscreenExits: 0,
    pastes: 0,
    focusLost: 1,
    prompts: 6,
    commands: [
      { command: 'npm test', exitCode: 1, isVerify: true },
      { command: 'npm test', exitCode: 0, isVerify: true },
      { command: 'npm run lint', exitCode: 0, isVerify: true },
      { command: 'git diff --stat', exitCode: 0, isVerify: false },
    ],
    edits: ['manual', 'manual', 'manual', 'ai', 'manual', 'manual'],
    tests: { passed: 42, total: 42 },
    grades: [
      [5, 3, 2],
      [4, 3, 2],
    ],
    decision: 'hired',
  },
  {
    name: 'Edsger Dijkstra',
    email: 'edsger.dijkstra@example.com',
    daysAgo: 5,
    minutes: 81,
    correct: [0, 1, 2, 3, 4, 6, 7, 9, 10],
    fullscreenExits: 1,
    pastes: 0,
    focusLost: 0,
    prompts: 2,
    commands: [
      { command: 'npm test', exitCode: 0, isVerify: true },
      { command: 'npm test', exitCode: 0, isVerify: true },
      { command: 'node scripts/seed.js', exitCode: 0, isVerify: false },
    ],
    edits: ['manual', 'manual', 'manual', 'manual'],
    tests: { passed: 41, total: 42 },
    grades: [
      [4, 2, 2],
      [5, 2, 1],
    ],
  },
  {
    name: 'Barbara Liskov',
    email: 'barbara.liskov@example.com',
    daysAgo: 4,
    minutes: 88,
    correct: [0, 1, 4, 5, 6, 8, 9],
    fullscreenExits: 0,
    pastes: 1,
    focusLost: 0,
    prompts: 14,
    commands: [
      { command: 'npm test', exitCode: 1, isVerify: true },
      { command: 'npm test', exitCode: 1, isVerify: true },
      { command: 'npm run build', exitCode: 2, isVerify: false },
      { command: 'npm test', exitCode: 0, isVerify: true },
    ],
    edits: ['ai', 'ai', 'manual', 'ai', 'manual'],
    tests: { passed: 38, total: 42 },
    grades: [
      [3, 2, 1],
      [2, 1, 1],
    ],
    decision: 'rejected',
  },
  {
    name: 'Ken Thompson',
    email: 'ken.thompson@example.com',
    daysAgo: 3,
    minutes: 52,
    correct: [0, 4, 6, 9],
    skipped: [3, 11],
    fullscreenExits: 2,
    pastes: 2,
    focusLost: 1,
    prompts: 31,
    commands: [
      { command: 'npm test', exitCode: 1, isVerify: true },
      { command: 'npm start', exitCode: 1, isVerify: false },
      { command: 'npm test', exitCode: 1, isVerify: true },
    ],
    edits: ['ai', 'ai', 'ai', 'manual'],
    tests: { passed: 29, total: 42 },
    grades: [
      [2, 0, 1],
      [1, 0, 0],
    ],
  },
  {
    name: 'Margaret Hamilton',
    email: 'margaret.hamilton@example.com',
    daysAgo: 2,
    minutes: 79,
    correct: [0, 1, 2, 4, 5, 6, 7, 8, 9, 10],
    fullscreenExits: 0,
    pastes: 0,
    focusLost: 0,
    prompts: 4,
    commands: [
      { command: 'npm test', exitCode: 0, isVerify: true },
      { command: 'npm test -- --coverage', exitCode: 0, isVerify: true },
    ],
    edits: ['manual', 'manual', 'manual'],
    tests: { passed: 42, total: 42 },
    // Not graded yet: the dashboard's grading queue has something in it.
    grades: null,
  },
];

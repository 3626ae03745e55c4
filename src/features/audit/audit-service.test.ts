import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, auditActionsOf } from './audit-actions.js';
import { diffFields, resultTitleOf, shortTitle } from './audit-service.js';

describe('diffFields: only what an edit changed, as it was and as it became', () => {
  it.each([
    ['nothing changed', { title: 'A', score: 60 }, { title: 'A', score: 60 }, null],
    ['one field', { title: 'A', score: 60 }, { title: 'A', score: 70 }, { before: { score: 60 }, after: { score: 70 } }],
    ['a field cleared', { repoUrl: 'https://x.test/r' }, { repoUrl: null }, { before: { repoUrl: 'https://x.test/r' }, after: { repoUrl: null } }],
    ['a field added (absent before reads as null)', {}, { 'questions[3]': { text: 'Q3' } }, { before: { 'questions[3]': null }, after: { 'questions[3]': { text: 'Q3' } } }],
    ['a field removed', { 'cases[2]': { title: 'C2' } }, {}, { before: { 'cases[2]': { title: 'C2' } }, after: { 'cases[2]': null } }],
    ['arrays compared by value', { skills: ['sql', 'go'] }, { skills: ['sql', 'go'] }, null],
    ['array order matters', { skills: ['sql', 'go'] }, { skills: ['go', 'sql'] }, { before: { skills: ['sql', 'go'] }, after: { skills: ['go', 'sql'] } }],
    ['false is not null', { enabled: false }, { enabled: null }, { before: { enabled: false }, after: { enabled: null } }],
  ])('%s', (_name, before: Record<string, unknown>, after: Record<string, unknown>, expected) => {
    expect(diffFields(before, after)).toEqual(expected);
  });
});

describe('titles', () => {
  it.each([
    ['Which port?', 'Which port?'],
    ['  First line  \nsecond line', 'First line'],
    ['x'.repeat(120), 'x'.repeat(120)],
    ['x'.repeat(121), `${'x'.repeat(119)}…`],
    // Cut at 119 characters, then the ellipsis; a space before the cut is dropped.
    ['word '.repeat(30), `${'word '.repeat(23)}word…`],
    [`${'x'.repeat(118)} yz`, `${'x'.repeat(118)}…`],
  ])('shortTitle(%j) → %j', (text, title) => {
    expect(shortTitle(text)).toBe(title);
    expect(shortTitle(text).length).toBeLessThanOrEqual(120);
  });

  it.each([
    [{ name: 'Ada Lovelace', email: 'ada@example.com' }, 'Screen', 'Ada Lovelace · Screen'],
    [{ name: null, email: 'ada@example.com' }, 'Screen', 'ada@example.com · Screen'],
    [{ name: '', email: null }, 'Screen', 'Anonymous candidate · Screen'],
  ])('resultTitleOf(%j, %j) → %j', (candidate, assessment, title) => {
    expect(resultTitleOf(candidate, assessment)).toBe(title);
  });
});

describe('the action catalog', () => {
  it('names every action resource.verb, and splits into changes and reads', () => {
    for (const action of Object.keys(AUDIT_ACTIONS)) expect(action).toMatch(/^[a-z_]+(\.[a-z_]+)+$/);
    const reads = auditActionsOf('read');
    const changes = auditActionsOf('change');
    expect(reads.length + changes.length).toBe(Object.keys(AUDIT_ACTIONS).length);
    // The read actions entries were first recorded under keep their names.
    expect(reads).toEqual(
      expect.arrayContaining(['result.list', 'result.read', 'result.answers.read', 'result.export', 'result.report.view', 'result.events.read', 'score.read', 'cohort_stats.read']),
    );
    expect(changes).not.toContain('result.export');
  });
});

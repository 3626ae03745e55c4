import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, AUDIT_ACTION_NAMES } from '../audit/audit-actions.js';

/**
 * The home page's "recent changes" (and its partial index, migration 0013)
 * tell a read from a change by the action's last word: `.read`, `.list`,
 * `.view` or `.export`. Every action of the audit catalog must be named so
 * that this agrees with its kind, or reads would show as changes (or the
 * other way round).
 */
describe('audit action names agree with their kind', () => {
  it.each(AUDIT_ACTION_NAMES.map((name) => [name, AUDIT_ACTIONS[name].kind] as const))('%s is a %s', (name, kind) => {
    expect(/\.(read|list|view|export)$/.test(name) ? 'read' : 'change').toBe(kind);
  });
});

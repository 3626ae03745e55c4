/**
 * Runs once before the test files: builds the server, the web app and the
 * candidate CLI when stale, so browser tests serve the current dashboard and
 * process tests run the compiled `assay` and `assay-server` binaries.
 * ASSAY_TEST_BUILD=server,cli limits it (e.g. while the web app is mid-edit
 * and no browser test runs).
 */
import type { BuildTarget } from '../scripts/build-if-stale.mjs';

export default async function setup(): Promise<void> {
  const { buildIfStale } = await import('../scripts/build-if-stale.mjs');
  const only = process.env.ASSAY_TEST_BUILD?.split(',').map((name) => name.trim()) as BuildTarget[] | undefined;
  await buildIfStale(only, { quiet: true });
}

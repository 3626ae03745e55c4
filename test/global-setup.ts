/**
 * Runs once before the test files: builds the server, the web app and the
 * candidate CLI when stale, so browser tests serve the current dashboard and
 * process tests run the compiled `assay` and `assay-server` binaries.
 */
export default async function setup(): Promise<void> {
  const { buildIfStale } = await import('../scripts/build-if-stale.mjs');
  await buildIfStale(undefined, { quiet: true });
}

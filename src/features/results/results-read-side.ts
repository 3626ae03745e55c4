import type { FastifyPluginAsync } from 'fastify';
import type { AppDeps } from '../../app-deps.js';
import { auditRoutes } from '../audit/audit-routes.js';
import { cohortRoutes } from '../cohort/cohort-routes.js';
import { itemAnalysisRoutes } from '../item-analysis/item-analysis-routes.js';
import { publicApiRoutes } from '../public-api/public-api-routes.js';
import { scoresRoutes } from '../scores/scores-routes.js';
import { resultsRoutes } from './results-routes.js';

/**
 * The results read side (issue 4) as one plugin, so that app.ts registers it
 * with one line: Results API (000), the HTML report, cohort statistics (004),
 * the audit log, the public results API (001), the Score API (003), item analysis.
 */
export const resultsReadSide: FastifyPluginAsync<{ deps: AppDeps }> = async (app, { deps }) => {
  await app.register(resultsRoutes, { deps });
  await app.register(cohortRoutes, { deps });
  await app.register(auditRoutes, { deps });
  await app.register(publicApiRoutes, { deps });
  await app.register(scoresRoutes, { deps });
  await app.register(itemAnalysisRoutes, { deps });
};

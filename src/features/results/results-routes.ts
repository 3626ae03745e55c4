import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../app-deps.js';
import { errorResponses } from '../../shared/http-schemas.js';
import { auditContextOf } from '../audit/audit-context.js';
import { resultCsvStream } from './results-csv.js';
import { renderResultHtml } from './results-html.js';
import { renderResultPdf } from './results-pdf.js';
import {
  ExportQuery,
  ExportResponse,
  ResultAnswersResponse,
  ResultDetail,
  ResultIdParams,
  ResultListResponse,
  ResultsQuery,
} from './results-schemas.js';
import { createResultsService } from './results-service.js';

/** Reference 000 (Results API) and the HTML report page that reference 001 links to. */
export const resultsRoutes: FastifyPluginAsyncTypebox<{ deps: AppDeps }> = async (app, { deps }) => {
  const service = createResultsService(deps);
  const read = { auth: { scope: 'results:read' as const } };

  app.get('/results', {
    config: read,
    schema: {
      tags: ['Results'],
      summary: 'List results (newest completion first) with filters and an opaque cursor',
      querystring: ResultsQuery,
      response: { 200: ResultListResponse, ...errorResponses(400, 401, 403) },
    },
    handler: async (request) => service.list(auditContextOf(request), request.query),
  });

  app.get('/results/:id', {
    config: read,
    schema: {
      tags: ['Results'],
      summary: 'One result with its breakdown by category and difficulty, strengths, weaknesses and percentile',
      params: ResultIdParams,
      response: { 200: ResultDetail, ...errorResponses(401, 403, 404) },
    },
    handler: async (request) => service.get(auditContextOf(request), request.params.id),
  });

  app.get('/results/:id/answers', {
    config: read,
    schema: {
      tags: ['Results'],
      summary: 'Every question of a result with the answer given, the correct answer, points and time spent',
      params: ResultIdParams,
      response: { 200: ResultAnswersResponse, ...errorResponses(401, 403, 404) },
    },
    handler: async (request) => service.answers(auditContextOf(request), request.params.id),
  });

  app.get('/results/:id/export', {
    config: { auth: { scope: 'results:export' } },
    schema: {
      tags: ['Results'],
      summary: 'Export a result as a PDF report or CSV, optionally with every answer',
      params: ResultIdParams,
      querystring: ExportQuery,
      response: { 200: ExportResponse, ...errorResponses(400, 401, 403, 404) },
    },
    handler: async (request, reply) => {
      const format = request.query.format ?? 'pdf';
      const includeAnswers = request.query.include_answers ?? false;
      const report = await service.exportReport(auditContextOf(request), request.params.id, { format, includeAnswers });
      const filename = `result-${report.id}${includeAnswers ? '-answers' : ''}.${format}`;
      reply.header('content-disposition', `attachment; filename="${filename}"`).header('cache-control', 'no-store');
      if (format === 'csv') return reply.type('text/csv; charset=utf-8').send(resultCsvStream(report));
      return reply.type('application/pdf').send(renderResultPdf(report, deps.clock.now()));
    },
  });

  app.get('/reports/sessions/:id', {
    config: read,
    schema: {
      tags: ['Results'],
      summary: 'The detailed report of a result as an HTML page (reviewer cookie session or API key)',
      params: ResultIdParams,
      response: {
        200: { description: 'HTML report', content: { 'text/html': { schema: { type: 'string' } } } },
        ...errorResponses(401, 403, 404),
      },
    },
    handler: async (request, reply) => {
      const report = await service.reportPage(auditContextOf(request), request.params.id);
      return reply
        .type('text/html; charset=utf-8')
        .header('cache-control', 'no-store')
        .header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; img-src data:")
        .header('x-frame-options', 'DENY')
        .send(renderResultHtml(report));
    },
  });
};

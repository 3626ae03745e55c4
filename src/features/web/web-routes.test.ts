import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNotFoundHandler, createRouteTable } from '../../http-protocol.js';
import { CONTENT_SECURITY_POLICY, SPA_ROUTES, webRoutes } from './web-routes.js';

/** A built web app in a temporary folder, served the way app.ts serves web/dist. */
describe('web routes', () => {
  let root: string;
  let app: FastifyInstance;
  const INDEX = '<!doctype html><html lang="en"><head><title>Assay</title></head><body><div id="root"></div></body></html>';

  beforeAll(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-web-'));
    fs.mkdirSync(path.join(root, 'assets'));
    fs.writeFileSync(path.join(root, 'index.html'), INDEX);
    fs.writeFileSync(path.join(root, 'assets', 'index-abc123.js'), 'console.log("app")');
    fs.writeFileSync(path.join(root, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    app = Fastify({ logger: false });
    app.setNotFoundHandler(createNotFoundHandler(createRouteTable()));
    app.get('/v1/things', async () => ({ things: [] }));
    await app.register(webRoutes, { root });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it.each(['/', '/take', '/take/PST-ABCD-2345', '/login', '/signup', '/signup/complete', '/invite', '/app', '/app/results/res_1', '/app/settings/webhooks'])(
    'serves the app shell at %s with a strict policy and no caching',
    async (url) => {
      const response = await app.inject({ method: 'GET', url });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toContain('text/html');
      expect(response.body).toBe(INDEX);
      expect(response.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(response.headers['x-content-type-options']).toBe('nosniff');
    },
  );

  it('serves fingerprinted assets as immutable and other files as revalidated', async () => {
    const asset = await app.inject({ method: 'GET', url: '/assets/index-abc123.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['content-type']).toContain('javascript');
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const icon = await app.inject({ method: 'GET', url: '/favicon.svg' });
    expect(icon.statusCode).toBe(200);
    expect(icon.headers['cache-control']).toBe('no-cache');
  });

  it.each(['/v1/nope', '/v1/assessments/x/nothing', '/api/v1/unknown', '/results/x/y/z', '/assets/missing.js', '/unknown-page', '/../package.json'])(
    'answers a JSON 404 for %s, never the app shell',
    async (url) => {
      const response = await app.inject({ method: 'GET', url });
      expect(response.statusCode).toBe(404);
      expect(response.headers['content-type']).toContain('application/json');
      expect(response.json().error.code).toBe('route_not_found');
    },
  );

  it('leaves API routes alone', async () => {
    const response = await app.inject({ method: 'GET', url: '/v1/things' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ things: [] });
  });

  it('registers every page route hidden from the OpenAPI document', () => {
    expect(SPA_ROUTES.every((route) => !route.startsWith('/v1') && !route.startsWith('/api') && !route.startsWith('/results'))).toBe(true);
  });

  it('registers nothing when the app is not built, so the API still answers', async () => {
    const empty = Fastify({ logger: false });
    empty.setNotFoundHandler(createNotFoundHandler(createRouteTable()));
    await empty.register(webRoutes, { root: path.join(root, 'does-not-exist') });
    await empty.ready();
    const response = await empty.inject({ method: 'GET', url: '/app' });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('route_not_found');
    await empty.close();
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import fastifyStatic from '@fastify/static';

/**
 * Client-side routes of the single-page app: these paths answer index.html so a
 * reload or a shared link works. Every other unknown path (notably under /v1,
 * /api and /results) falls through to the JSON 404 handler.
 */
export const SPA_ROUTES = ['/take', '/take/*', '/login', '/signup', '/signup/complete', '/invite', '/app', '/app/*'] as const;

/**
 * The browser gets a strict policy: scripts and styles only from this origin
 * (style attributes are allowed for React/Chart.js inline styles), no framing.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
].join('; ');

/** The built web app: `web/dist` of the project this file belongs to (source or compiled layout). */
export function defaultWebRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 6; depth++) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'web'))) {
      return path.join(dir, 'web', 'dist');
    }
    dir = path.dirname(dir);
  }
  return path.resolve('web', 'dist');
}

export interface WebRoutesOptions {
  /** Folder holding the built app (index.html and assets/); defaults to web/dist. */
  root?: string;
}

function setHtmlHeaders(reply: FastifyReply): FastifyReply {
  return reply
    .header('cache-control', 'no-cache')
    .header('content-security-policy', CONTENT_SECURITY_POLICY)
    .header('x-content-type-options', 'nosniff')
    .header('referrer-policy', 'same-origin');
}

/**
 * Serves the web app (candidate test page and reviewer dashboard) at `/`.
 * Register last, so that every API route takes precedence. The routes are
 * hidden from the OpenAPI document: they are pages, not API.
 */
export const webRoutes: FastifyPluginAsync<WebRoutesOptions> = async (app, options) => {
  const root = options.root ?? defaultWebRoot();
  const indexFile = path.join(root, 'index.html');
  if (!fs.existsSync(indexFile)) {
    app.log.warn(`Web app not built (${indexFile} missing): run "npm run build:web" to serve the dashboard`);
    return;
  }

  await app.register(fastifyStatic, {
    root,
    prefix: '/',
    index: false,
    wildcard: true,
    schemaHide: true,
    cacheControl: false,
    setHeaders(res, filePath) {
      // Vite fingerprints everything under assets/: those never change.
      const hashed = filePath.includes(`${path.sep}assets${path.sep}`);
      res.setHeader('cache-control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
      res.setHeader('x-content-type-options', 'nosniff');
    },
  });

  const sendIndex = async (_request: unknown, reply: FastifyReply) =>
    setHtmlHeaders(reply).sendFile('index.html', { cacheControl: false });

  app.get('/', { schema: { hide: true } }, sendIndex);
  for (const route of SPA_ROUTES) {
    app.get(route, { schema: { hide: true } }, sendIndex);
  }
};

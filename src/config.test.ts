import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('has working defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      host: '0.0.0.0',
      port: 3000,
      databaseUrl: null,
      operatorKey: null,
      demo: true,
      worker: true,
      trustProxy: false,
      signup: true,
      secureCookies: true,
      logLevel: 'info',
      requestTimeoutSeconds: 60,
      keepAliveTimeoutSeconds: 72,
    });
    expect(config.dataDir.endsWith('/data')).toBe(true);
  });

  it.each([
    [{ ASSAY_TRUST_PROXY: '1' }, true],
    [{ ASSAY_TRUST_PROXY: '0' }, false],
    [{ ASSAY_TRUST_PROXY: '10.0.0.0/8, 127.0.0.1' }, '10.0.0.0/8, 127.0.0.1'],
  ])('reads ASSAY_TRUST_PROXY %j', (env, expected) => {
    expect(loadConfig(env).trustProxy).toEqual(expected);
  });

  it.each([
    // env, stdout is a terminal, expected format, expected request lines
    [{}, true, 'pretty', false],
    [{}, false, 'json', true],
    [{ NODE_ENV: 'production' }, true, 'json', true],
    [{ LOG_FORMAT: 'json' }, true, 'json', true],
    [{ LOG_FORMAT: 'pretty' }, false, 'pretty', false],
    [{ ASSAY_LOG_REQUESTS: '1' }, true, 'pretty', true],
    [{ ASSAY_LOG_REQUESTS: 'false' }, false, 'json', false],
    [{ LOG_LEVEL: 'debug' }, true, 'pretty', false],
  ])('logs for people at a terminal and JSON otherwise: %j on a terminal=%s', (env, interactive, logFormat, logRequests) => {
    expect(loadConfig(env, { interactive })).toMatchObject({ logFormat, logRequests });
  });

  it.each([
    [{ LOG_FORMAT: 'xml' }, 'LOG_FORMAT'],
    [{ ASSAY_LOG_REQUESTS: 'sometimes' }, 'ASSAY_LOG_REQUESTS'],
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ DATABASE_URL: 'not a url' }, 'DATABASE_URL'],
    [{ ASSAY_OPERATOR_KEY: 'short' }, 'ASSAY_OPERATOR_KEY'],
    [{ ASSAY_DEMO: 'maybe' }, 'ASSAY_DEMO'],
    [{ ASSAY_TRUST_PROXY: 'everyone' }, 'ASSAY_TRUST_PROXY'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ SMTP_URL: 'http://mail' }, 'SMTP_URL'],
    [{ ASSAY_SECRET_KEY: 'too-short' }, 'ASSAY_SECRET_KEY'],
    [{ ASSAY_REQUEST_TIMEOUT_SECONDS: '0' }, 'ASSAY_REQUEST_TIMEOUT_SECONDS'],
    [{ ASSAY_REQUEST_TIMEOUT_SECONDS: '1.5' }, 'ASSAY_REQUEST_TIMEOUT_SECONDS'],
    [{ ASSAY_KEEP_ALIVE_TIMEOUT_SECONDS: '3601' }, 'ASSAY_KEEP_ALIVE_TIMEOUT_SECONDS'],
  ])('rejects %j naming %s', (env, name) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(name);
  });
});

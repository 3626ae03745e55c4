import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestOrg } from '../../../test/helpers/test-app.js';
import { createAssessment, createKeys, sampleQuestions } from '../../../test/helpers/assessment-fixtures.js';
import { redeem } from '../../../test/helpers/candidate-kit.js';
import { createCliPackageSource } from './cli-download-service.js';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const CLI_MANIFEST = JSON.parse(fs.readFileSync(path.join(ROOT, 'packages/cli/package.json'), 'utf8')) as { name: string; version: string };

/** The server hands out the candidate CLI, and the brief says how to install it and log in to this server. */
describe('the candidate CLI download', () => {
  let t: TestApp;
  let org: TestOrg;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-cli-pack-'));

  beforeAll(async () => {
    t = await createTestApp();
    org = await t.createOrg();
  });
  afterAll(async () => {
    await t.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('GET /cli/assay-cli.tgz answers the npm package, without a login, and it runs', async () => {
    const response = await t.request({ method: 'GET', url: '/cli/assay-cli.tgz' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/gzip');
    expect(response.headers['content-disposition']).toBe(`attachment; filename="assay-cli-${CLI_MANIFEST.version}.tgz"`);
    const archive = path.join(dir, 'assay-cli.tgz');
    fs.writeFileSync(archive, response.rawPayload);

    const files = execFileSync('tar', ['-tzf', archive], { encoding: 'utf8' }).trim().split('\n');
    expect(files).toContain('package/package.json');
    expect(files).toContain('package/bin/assay.js');
    expect(files).toContain('package/dist/cli.js');
    expect(files.every((file) => file.startsWith('package/'))).toBe(true);
    expect(files.filter((file) => file.startsWith('package/src/') || /\.test\./.test(file) || file.includes('tsconfig'))).toEqual([]);

    execFileSync('tar', ['-xzf', archive, '-C', dir]);
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'package/package.json'), 'utf8'));
    expect(manifest).toMatchObject({ name: 'assay-cli', version: CLI_MANIFEST.version, bin: { assay: 'bin/assay.js' } });
    // Installed as npm would (its dependencies beside it), the command runs from the package alone.
    fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'package/node_modules'), 'dir');
    const version = execFileSync(process.execPath, [path.join(dir, 'package/bin/assay.js'), '--version'], { encoding: 'utf8' });
    expect(version.trim()).toBe(CLI_MANIFEST.version);
    const help = execFileSync(process.execPath, [path.join(dir, 'package/bin/assay.js'), 'login', '--help'], { encoding: 'utf8' });
    expect(help).toContain('--server <url>');
  });

  it('answers HEAD too, and the same bytes again', async () => {
    const first = await t.request({ method: 'GET', url: '/cli/assay-cli.tgz' });
    const again = await t.request({ method: 'GET', url: '/cli/assay-cli.tgz' });
    expect(again.rawPayload.equals(first.rawPayload)).toBe(true);
    const head = await t.request({ method: 'HEAD', url: '/cli/assay-cli.tgz' });
    expect(head.statusCode).toBe(200);
  });

  it('has nothing to hand out while the CLI is not built', () => {
    const unbuilt = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-cli-unbuilt-'));
    fs.writeFileSync(path.join(unbuilt, 'package.json'), JSON.stringify(CLI_MANIFEST));
    fs.mkdirSync(path.join(unbuilt, 'bin'));
    fs.writeFileSync(path.join(unbuilt, 'bin/assay.js'), '');
    expect(createCliPackageSource(unbuilt).read()).toBeNull();
    fs.mkdirSync(path.join(unbuilt, 'dist'));
    fs.writeFileSync(path.join(unbuilt, 'dist/cli.js'), 'export {};\n');
    expect(createCliPackageSource(unbuilt).read()?.filename).toBe(`assay-cli-${CLI_MANIFEST.version}.tgz`);
    fs.rmSync(unbuilt, { recursive: true, force: true });
  });

  it('the candidate sees the install and login commands with this server and their key, only when there are hands-on tasks', async () => {
    const handsOn = await createAssessment(t, org, { questions: sampleQuestions, cases: [{ title: 'Fix it', maxScore: 10 }] });
    const [key] = await createKeys(t, org, handsOn.id, { count: 1 });
    const candidate = await redeem(t, key.key);
    const expected = {
      server: 'http://assay.test',
      packageUrl: 'http://assay.test/cli/assay-cli.tgz',
      install: 'npm install -g http://assay.test/cli/assay-cli.tgz',
      login: `assay login ${key.key} --server http://assay.test`,
    };
    expect(candidate.data.assessment.commandLine).toEqual(expected);
    const overview = await t.request({ method: 'GET', url: '/v1/candidate/assessment', headers: candidate.headers });
    expect(overview.data.assessment.commandLine).toEqual(expected);

    const questionsOnly = await createAssessment(t, org, { questions: sampleQuestions });
    const [other] = await createKeys(t, org, questionsOnly.id, { count: 1 });
    expect((await redeem(t, other.key)).data.assessment.commandLine).toBeNull();
  });

  it('without ASSAY_PUBLIC_URL the commands name the server as the candidate reached it', async () => {
    const local = await createTestApp({ env: { ASSAY_PUBLIC_URL: '' } });
    try {
      const localOrg = await local.createOrg();
      const assessment = await createAssessment(local, localOrg, { cases: [{ title: 'Fix it', maxScore: 10 }] });
      const [key] = await createKeys(local, localOrg, assessment.id, { count: 1 });
      const response = await local.request({
        method: 'POST',
        url: '/v1/candidate/sessions',
        headers: { host: 'assay.internal:8080' },
        payload: { key: key.key },
      });
      expect(response.statusCode).toBe(201);
      expect(response.data.assessment.commandLine).toMatchObject({
        install: 'npm install -g http://assay.internal:8080/cli/assay-cli.tgz',
        login: `assay login ${key.key} --server http://assay.internal:8080`,
      });
    } finally {
      await local.close();
    }
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/test-app.js';

const signup = {
  email: 'owner@example.com',
  password: 'correct horse battery',
  name: 'Owner',
  orgName: 'Example Ltd',
};

describe('ASSAY_SIGNUP', () => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it('ASSAY_SIGNUP=0 refuses sign-up with 403 signup_disabled and creates nothing', async () => {
    t = await createTestApp({ env: { ASSAY_SIGNUP: '0' } });
    const response = await t.request({ method: 'POST', url: '/v1/auth/signup', payload: signup });
    expect(response.statusCode).toBe(403);
    expect(response.data.error.code).toBe('signup_disabled');
    const users = await t.database.db.selectFrom('users').select('id').execute();
    expect(users).toHaveLength(0);
  });

  it('sign-up is open by default', async () => {
    t = await createTestApp();
    const response = await t.request({ method: 'POST', url: '/v1/auth/signup', payload: signup });
    expect(response.statusCode).toBe(201);
  });
});

import { afterEach, describe, expect, it, jest } from '@jest/globals';
import type { AppConfig } from '../../../config/app-config.js';
import { AccessTokenService } from '../access-token.service.js';

const config = { jwtAccessSecret: 'a-test-secret-of-at-least-thirty-two-characters', accessTokenTtlSeconds: 60 } as AppConfig;
const user = { id: '00000000-0000-4000-8000-000000000001', role: 'investor' as const };

afterEach(() => {
  jest.useRealTimers();
});

describe('AccessTokenService', () => {
  it('proves the same caller on every use of a token, remembered or not', async () => {
    const tokens = new AccessTokenService(config);
    const token = await tokens.issue(user);
    expect(await tokens.verify(token)).toEqual(user);
    const again = await tokens.verify(token);
    expect(again).toEqual(user);
    // Each caller gets its own object: a request changing it changes nothing for the next.
    if (again) again.role = 'organiser';
    expect(await tokens.verify(token)).toEqual(user);
  });

  it('refuses a remembered token once it expires', async () => {
    jest.useFakeTimers({ now: new Date('2026-11-28T10:00:00Z'), doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
    const tokens = new AccessTokenService(config);
    const token = await tokens.issue(user);
    expect(await tokens.verify(token)).toEqual(user);
    jest.setSystemTime(new Date('2026-11-28T10:00:59Z'));
    expect(await tokens.verify(token)).toEqual(user);
    jest.setSystemTime(new Date('2026-11-28T10:01:00Z'));
    expect(await tokens.verify(token)).toBeNull();
    expect(await tokens.verify(token)).toBeNull();
  });

  it('refuses a token altered after a genuine one was remembered, and one signed with another key', async () => {
    const tokens = new AccessTokenService(config);
    const token = await tokens.issue(user);
    expect(await tokens.verify(token)).toEqual(user);
    const [header, payload, signature] = token.split('.');
    const organiser = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), role: 'organiser' })).toString('base64url');
    expect(await tokens.verify(`${header}.${organiser}.${signature}`)).toBeNull();
    const foreign = await new AccessTokenService({ ...config, jwtAccessSecret: 'another-secret-of-at-least-thirty-two-chars' }).issue(user);
    expect(await tokens.verify(foreign)).toBeNull();
  });
});

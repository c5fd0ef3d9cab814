import { describe, expect, it } from '@jest/globals';
import { InvalidEnvironmentError, parseEnvironment } from '../app-config.js';

describe('parseEnvironment', () => {
  it('fills in the local defaults', () => {
    const environment = parseEnvironment({});
    expect(environment).toEqual(expect.objectContaining({ PORT: 3000, DATA_DIR: '.data', DEMO_DATA: true }));
    expect(environment.DATABASE_URL).toBeUndefined();
  });

  it('names a bad PORT', () => {
    expect(() => parseEnvironment({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => parseEnvironment({ PORT: '70000' })).toThrow(/PORT/);
  });

  it('names a DATABASE_URL that is not a postgres URL', () => {
    expect(() => parseEnvironment({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL: must be a postgres/);
  });

  it('requires both JWT secrets when DATABASE_URL is set, naming each', () => {
    let caught: unknown;
    try {
      parseEnvironment({ DATABASE_URL: 'postgres://u:p@db/serumpun' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InvalidEnvironmentError);
    expect((caught as InvalidEnvironmentError).problems).toEqual([
      'JWT_ACCESS_SECRET: is required when DATABASE_URL is set',
      'JWT_REFRESH_SECRET: is required when DATABASE_URL is set',
    ]);
  });

  it('refuses short secrets and unknown flag values', () => {
    expect(() => parseEnvironment({ JWT_ACCESS_SECRET: 'short' })).toThrow(/JWT_ACCESS_SECRET/);
    expect(() => parseEnvironment({ DEMO_DATA: 'maybe' })).toThrow(/DEMO_DATA/);
  });

  it('treats empty variables as unset', () => {
    expect(parseEnvironment({ PORT: '', DEMO_DATA: 'false' })).toEqual(expect.objectContaining({ PORT: 3000, DEMO_DATA: false }));
  });

  it('accepts the realtime and email settings, refusing malformed URLs by name', () => {
    expect(parseEnvironment({ PUBLIC_URL: 'https://serumpun.example', REDIS_URL: 'redis://cache:6379', SMTP_URL: 'smtp://u:p@mail:587' })).toEqual(
      expect.objectContaining({ PUBLIC_URL: 'https://serumpun.example', REDIS_URL: 'redis://cache:6379', SMTP_URL: 'smtp://u:p@mail:587' }),
    );
    expect(() => parseEnvironment({ REDIS_URL: 'cache:6379' })).toThrow(/REDIS_URL/);
    expect(() => parseEnvironment({ SMTP_URL: 'mail.example' })).toThrow(/SMTP_URL/);
    expect(() => parseEnvironment({ PUBLIC_URL: 'ftp://serumpun.example' })).toThrow(/PUBLIC_URL/);
  });
});

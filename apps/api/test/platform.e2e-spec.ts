import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
const webDist = mkdtempSync(join(tmpdir(), 'serumpun-web-'));

beforeAll(async () => {
  mkdirSync(join(webDist, 'assets'));
  writeFileSync(join(webDist, 'index.html'), '<!doctype html><title>Serumpun</title><div id="root"></div>');
  writeFileSync(join(webDist, 'assets', 'app-abc123.js'), 'console.log("app")');
  writeFileSync(join(webDist, 'sw.js'), 'self.addEventListener("fetch", () => {});');
  t = await createTestApp({ webDist });
});
afterAll(async () => {
  await t.close();
  rmSync(webDist, { recursive: true, force: true });
});

describe('health', () => {
  it('reports the database up', async () => {
    const response = await t.http.get('/api/health');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'ok', db: 'up' });
  });
});

describe('the web app on the same port', () => {
  it('serves index.html at / and for client routes, never cached', async () => {
    for (const path of ['/', '/opportunities', '/editions/123/agenda?x=1']) {
      const response = await t.http.get(path);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('text/html');
      expect(response.text).toContain('<div id="root">');
      expect(response.headers.get('cache-control')).toBe('no-cache');
    }
  });

  it('serves hashed assets with a long cache lifetime', async () => {
    const response = await t.http.get('/assets/app-abc123.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toContain('immutable');
  });

  it('serves the service worker as a script that is checked on every visit, allowed by the CSP', async () => {
    const response = await t.http.get('/sw.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('javascript');
    // A cached worker would keep phones on an old deployment; `no-cache` has them ask each time.
    expect(response.headers.get('cache-control')).toBe('no-cache');
    const csp = (await t.http.get('/')).headers.get('content-security-policy') ?? '';
    expect(csp).toContain("worker-src 'self'");
  });

  it('keeps unknown API paths as JSON 404s rather than the web page', async () => {
    const response = await t.http.get('/api/opportunities-that-do-not-exist');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toContain('application/json');
  });
});

describe('OpenAPI', () => {
  it('documents every route with request bodies generated from the shared zod schemas', async () => {
    const response = await t.http.get('/api/docs-json');
    expect(response.status).toBe(200);
    const document = response.body;
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/api/auth/register', '/api/auth/login', '/api/me', '/api/health', '/api/editions']));
    const register = document.components.schemas.RegisterDto;
    expect(register.properties.role.enum).toEqual(['investor', 'business']);
    expect(register.required).toEqual(expect.arrayContaining(['email', 'password', 'fullName', 'role']));
    expect(register.additionalProperties).toBe(false);
    const listEditions = document.paths['/api/editions'].get.parameters.map((p: { name: string }) => p.name);
    expect(listEditions).toEqual(expect.arrayContaining(['limit', 'cursor', 'when']));
  });

  it('serves the interactive documentation page', async () => {
    const response = await t.http.get('/api/docs');
    expect(response.status).toBe(200);
    expect(response.text).toContain('swagger');
  });
});

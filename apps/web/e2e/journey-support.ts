import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';

/** Problems the page reports that no assertion would see: script errors and CSP refusals. */
export function watchForPageProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy|Refused to/i.test(message.text())) problems.push(message.text());
  });
  return problems;
}

/** Arranges data through the real API (faster than clicking) and fails loudly on any refusal. */
export async function callApi<T>(baseUrl: string, path: string, options: { method?: string; body?: unknown; token?: string } = {}): Promise<T> {
  const response = await fetch(`${baseUrl}${path}`, {
    method: options.method ?? 'GET',
    headers: {
      'Content-Type': 'application/json',
      Accept: 'application/json',
      'Accept-Language': 'id',
      ...(options.token ? { Authorization: `Bearer ${options.token}` } : {}),
    },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${options.method ?? 'GET'} ${path} → ${response.status}: ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

/** Signs in through the login form (in Indonesian, the default) and waits for the participant's home page. */
export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Kata sandi', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: /^Selamat datang/ }).waitFor();
}

/**
 * Organisers are never self-registered: the command-line tool makes one, on the journey server's own
 * database (`dataDir`). With `allowExisting`, an account left by an earlier journey is fine.
 */
export function createOrganiserAccount(dataDir: string, organiser: { email: string; fullName: string; password: string }, { allowExisting = false } = {}): void {
  const apiDir = resolve(process.cwd(), '../api');
  const result = spawnSync(
    process.execPath,
    [join(apiDir, 'dist', 'cli', 'create-organiser.js'), '--email', organiser.email, '--name', organiser.fullName, '--password', organiser.password],
    { cwd: apiDir, env: { ...process.env, DATA_DIR: dataDir }, encoding: 'utf8' },
  );
  const existed = allowExisting && /already exists/.test(result.stderr + result.stdout);
  if (result.status !== 0 && !existed) throw new Error(`create-organiser failed: ${result.stderr || result.stdout}`);
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Audits the page as it is now with axe-core (WCAG 2 A/AA rules) and returns its serious and critical
 * violations, one line each, so a journey can `expect(...).toEqual([])` at the screens people use.
 * The script goes in through the debugging protocol, which the page's CSP does not govern.
 */
export async function accessibilityProblems(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
    return result.violations.map(({ id, impact, help, nodes }) => ({ id, impact, help, nodes: nodes.map((node) => ({ target: node.target })) }));
  });
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${page.url()} ${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[] }>;
}

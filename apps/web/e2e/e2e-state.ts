import { readFileSync } from 'node:fs';

/** What global setup hands to the journeys (through a JSON file: it runs in another context). */
export interface E2eState {
  /** Set when the journeys cannot run here; they are skipped with this reason. */
  skipReason: string | null;
  baseUrl: string;
  chromiumPath: string;
  dataDir: string;
  stateDir: string;
  serverLog: string;
  serverPid: number | null;
}

export const STATE_FILE_ENV = 'SERUMPUN_WEB_E2E_STATE';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function readE2eState(): E2eState {
  const file = process.env[STATE_FILE_ENV];
  if (!file) throw new Error(`${STATE_FILE_ENV} is not set: run the journeys with jest.e2e.config.js, whose global setup starts the server`);
  return JSON.parse(readFileSync(file, 'utf8')) as E2eState;
}

import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

interface LocalSecrets {
  jwtAccessSecret: string;
  jwtRefreshSecret: string;
  databasePassword: string;
}

/**
 * For the local default (no DATABASE_URL) the secrets are generated once and kept beside the
 * data, so tokens and the embedded database survive restarts without anyone configuring them.
 */
export function loadOrCreateLocalSecrets(dataDir: string): LocalSecrets {
  const file = join(dataDir, 'secrets.json');
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as LocalSecrets;
  } catch {
    const secrets: LocalSecrets = {
      jwtAccessSecret: randomBytes(48).toString('base64url'),
      jwtRefreshSecret: randomBytes(48).toString('base64url'),
      databasePassword: randomBytes(24).toString('base64url'),
    };
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
    return secrets;
  }
}

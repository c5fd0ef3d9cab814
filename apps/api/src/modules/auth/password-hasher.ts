import argon2 from 'argon2';

// OWASP's argon2id baseline is m=19 MiB, t=2, p=1; we stay above it.
const OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

// Verified against when the email is unknown, so both failures take the same time.
let decoyHash: Promise<string> | undefined;

export async function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, OPTIONS);
}

export async function verifyPassword(hash: string | null, password: string): Promise<boolean> {
  decoyHash ??= hashPassword('serumpun-decoy-password');
  try {
    const ok = await argon2.verify(hash ?? (await decoyHash), password);
    return hash !== null && ok;
  } catch {
    return false;
  }
}

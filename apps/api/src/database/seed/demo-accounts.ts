import type { Role } from '@serumpun/shared';

/** The demo accounts of API.md; every one signs in with the same password. */
export const DEMO_PASSWORD = 'Serumpun-demo-2025';

export const DEMO_ACCOUNTS: ReadonlyArray<{ email: string; fullName: string; role: Role }> = [
  { email: 'organiser@demo.serumpun.id', fullName: 'Rina Kartika (Penyelenggara)', role: 'organiser' },
  { email: 'investor@demo.serumpun.id', fullName: 'Hendra Wijaya', role: 'investor' },
  { email: 'business@demo.serumpun.id', fullName: 'Siti Aminah', role: 'business' },
];

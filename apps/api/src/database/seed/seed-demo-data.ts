import type { DataSource } from 'typeorm';
import { hashPassword } from '../../modules/auth/password-hasher.js';
import { EditionEntity } from '../../modules/editions/edition.entity.js';
import { UserEntity } from '../../modules/users/user.entity.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts.js';
import { DEMO_EDITIONS } from './demo-editions.js';
import { seedDemoMeetings } from './demo-meetings.js';
import { seedDemoMarketplace } from './demo-marketplace.js';

export interface SeedReport {
  usersCreated: number;
  editionsCreated: number;
}

/** Loads the demo data; safe to run again: rows are keyed by email and slug and never duplicated. */
export async function seedDemoData(dataSource: DataSource): Promise<SeedReport> {
  return dataSource.transaction(async (manager) => {
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const users = await manager
      .createQueryBuilder()
      .insert()
      .into(UserEntity)
      .values(DEMO_ACCOUNTS.map((account) => ({ ...account, passwordHash, locale: 'id' as const })))
      .orIgnore()
      .returning('id')
      .execute();
    const editions = await manager.createQueryBuilder().insert().into(EditionEntity).values([...DEMO_EDITIONS]).orIgnore().returning('id').execute();
    await seedDemoMarketplace(manager, passwordHash);
    await seedDemoMeetings(manager, passwordHash);
    // RETURNING lists only the rows actually inserted; skipped duplicates return nothing.
    return { usersCreated: (users.raw as unknown[]).length, editionsCreated: (editions.raw as unknown[]).length };
  });
}

/** A database nobody has used yet: no accounts at all. */
export async function isDatabaseEmpty(dataSource: DataSource): Promise<boolean> {
  const [{ count }] = (await dataSource.query('SELECT count(*)::int AS count FROM users')) as Array<{ count: number }>;
  return count === 0;
}

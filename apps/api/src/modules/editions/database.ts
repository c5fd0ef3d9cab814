import { Logger } from '@nestjs/common';
import { QueryFailedError, type DataSource, type EntityManager } from 'typeorm';

/** The parts of a PostgreSQL error a service decides on. */
export interface PostgresError {
  code: string;
  constraint?: string;
  detail?: string;
}

export function postgresErrorOf(error: unknown): PostgresError | null {
  if (!(error instanceof QueryFailedError)) return null;
  const driverError = error.driverError as { code?: unknown; constraint?: unknown; detail?: unknown } | undefined;
  if (typeof driverError?.code !== 'string') return null;
  return {
    code: driverError.code,
    constraint: typeof driverError.constraint === 'string' ? driverError.constraint : undefined,
    detail: typeof driverError.detail === 'string' ? driverError.detail : undefined,
  };
}

/** Deadlocks and serialization failures: the transaction lost a race and may simply run again. */
export function isTransientConflict(error: unknown): boolean {
  const code = postgresErrorOf(error)?.code;
  return code === '40P01' || code === '40001';
}

/** `Key (user_id, slot_id)=(a, b) already exists.` → `['a', 'b']`. */
export function keyValuesOf(detail: string | undefined): string[] {
  const match = detail ? /\)=\(([^)]*)\)/.exec(detail) : null;
  return match ? match[1].split(',').map((value) => value.trim()) : [];
}

const logger = new Logger('Transactions');

/**
 * Runs `work` in a READ COMMITTED transaction, again (up to `attempts` times, with a little jitter)
 * when PostgreSQL aborts it as a deadlock victim or serialization failure; the last failure is
 * handed to `onExhausted`, which turns it into a 409 for the caller.
 */
export async function inTransaction<T>(
  dataSource: DataSource,
  work: (manager: EntityManager) => Promise<T>,
  onExhausted: (error: unknown) => never,
  attempts = 5,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      // READ COMMITTED, PostgreSQL's default: naming it would cost a SET TRANSACTION round trip per transaction.
      return await dataSource.transaction(work);
    } catch (error) {
      if (!isTransientConflict(error)) throw error;
      if (attempt >= attempts) onExhausted(error);
      logger.debug(`transaction retried after ${postgresErrorOf(error)?.code} (attempt ${attempt})`);
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * attempt));
    }
  }
}

/**
 * Rows of a query with bound parameters, also for UPDATE … RETURNING (which `manager.query` wraps
 * as `[rows, count]`). Runs on the transaction's connection when there is one.
 */
export async function queryRows<Row>(manager: EntityManager, text: string, parameters: unknown[] = []): Promise<Row[]> {
  const runner = manager.queryRunner ?? manager.connection.createQueryRunner();
  try {
    const result = await runner.query(text, parameters, true);
    return (result.records ?? []) as Row[];
  } finally {
    if (!manager.queryRunner) await runner.release();
  }
}

import type { MigrationInterface } from 'typeorm';
import { Foundation1795844048070 } from './1795844048070-foundation.js';

// Every migration in order. `npm run migration:generate -w @serumpun/api -- Name` appends here.
export const MIGRATIONS: Array<new () => MigrationInterface> = [Foundation1795844048070];

import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { expireOverdueRequests } from './meetings.repository.js';

const SWEEP_INTERVAL_MS = 60_000;

/**
 * Expires pending requests once their edition's deadline has passed. Requests are also expired on
 * the spot before anyone lists or answers them, so this sweep only keeps the table tidy between.
 */
@Injectable()
export class RequestExpiryJob implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('RequestExpiryJob');
  private timer: NodeJS.Timeout | undefined;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.sweep(), SWEEP_INTERVAL_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  async sweep(): Promise<number> {
    try {
      return await expireOverdueRequests(this.dataSource.manager);
    } catch (error) {
      this.logger.warn(`request expiry sweep failed: ${error instanceof Error ? error.message : String(error)}`);
      return 0;
    }
  }
}

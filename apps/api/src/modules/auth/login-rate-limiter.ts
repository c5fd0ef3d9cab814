import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/app-config.js';

interface Window {
  count: number;
  resetsAt: number;
}

/**
 * Fixed-window counters for sign-in: every attempt counts against the IP address, failures count
 * against the email, so neither a botnet on one account nor one address on many accounts gets far.
 * Kept in memory: each instance limits on its own, which bounds guessing per instance.
 */
@Injectable()
export class LoginRateLimiter {
  private readonly byIp = new Map<string, Window>();
  private readonly failuresByEmail = new Map<string, Window>();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** Seconds until the caller may try again, or 0 when this attempt may go ahead. */
  checkAttempt(ip: string, email: string, now = Date.now()): number {
    const limits = this.config.loginRateLimit;
    this.sweep(now);
    const ipWindow = this.bump(this.byIp, ip, now);
    if (ipWindow.count > limits.perIp) return Math.ceil((ipWindow.resetsAt - now) / 1000);
    const emailWindow = this.failuresByEmail.get(email);
    if (emailWindow && emailWindow.resetsAt > now && emailWindow.count >= limits.perEmail) {
      return Math.ceil((emailWindow.resetsAt - now) / 1000);
    }
    return 0;
  }

  recordFailure(email: string, now = Date.now()): void {
    this.bump(this.failuresByEmail, email, now);
  }

  recordSuccess(email: string): void {
    this.failuresByEmail.delete(email);
  }

  private bump(map: Map<string, Window>, key: string, now: number): Window {
    let window = map.get(key);
    if (!window || window.resetsAt <= now) {
      window = { count: 0, resetsAt: now + this.config.loginRateLimit.windowSeconds * 1000 };
      map.set(key, window);
    }
    window.count += 1;
    return window;
  }

  private lastSweep = 0;
  private sweep(now: number): void {
    if (now - this.lastSweep < 60_000) return;
    this.lastSweep = now;
    for (const map of [this.byIp, this.failuresByEmail]) {
      for (const [key, window] of map) if (window.resetsAt <= now) map.delete(key);
    }
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { DEFAULT_LOCALE, pickLocale, type Locale } from '@serumpun/shared';

/** Whether an Accept-Language header names one of our languages (clients send `*` or `fr` too). */
const NAMES_OUR_LANGUAGE = /(^|,)\s*(id|in|ms|zsm|en)(-|;|,|\s|$)/i;

/** The language of the reasons: the one the client asks for, else the one saved with the user, else Indonesian. */
@Injectable()
export class CallerLocaleRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async resolve(userId: string, acceptLanguage: string | null): Promise<Locale> {
    if (acceptLanguage && NAMES_OUR_LANGUAGE.test(acceptLanguage)) return pickLocale(acceptLanguage);
    const rows: Array<{ locale: Locale }> = await this.dataSource.query(`SELECT locale FROM users WHERE id = $1`, [userId]);
    return rows[0]?.locale ?? DEFAULT_LOCALE;
  }
}

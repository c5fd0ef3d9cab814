import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { z } from 'zod';
import type { Edition, ListEditionsQuery, Page } from '@serumpun/shared';
import { DomainException } from '../../common/api-exceptions.js';
import { decodeCursor, encodeCursor } from '../../common/cursor.js';
import { EditionEntity } from './edition.entity.js';
import { EDITION_MESSAGES } from './editions.messages.js';

const editionCursorSchema = z.object({ startDate: z.iso.date(), id: z.uuid() });

@Injectable()
export class EditionsService {
  constructor(@InjectRepository(EditionEntity) private readonly editions: Repository<EditionEntity>) {}

  /** Newest first; `upcoming` and `past` compare the end date with today (UTC). */
  async list(query: ListEditionsQuery): Promise<Page<Edition>> {
    const cursor = decodeCursor(query.cursor, editionCursorSchema);
    const builder = this.editions.createQueryBuilder('e').orderBy('e.start_date', 'DESC').addOrderBy('e.id', 'DESC').limit(query.limit + 1);
    if (query.when === 'upcoming') builder.andWhere('e.end_date >= CURRENT_DATE');
    if (query.when === 'past') builder.andWhere('e.end_date < CURRENT_DATE');
    if (cursor) builder.andWhere('(e.start_date, e.id) < (:startDate, :id)', cursor);
    const rows = await builder.getMany();
    const items = rows.slice(0, query.limit);
    const last = items.at(-1);
    const nextCursor = rows.length > query.limit && last ? encodeCursor({ startDate: last.startDate, id: last.id }) : null;
    return { items: items.map(toEditionView), nextCursor };
  }

  async get(id: string): Promise<Edition> {
    const edition = z.uuid().safeParse(id).success ? await this.editions.findOneBy({ id }) : null;
    if (!edition) throw new DomainException(404, EDITION_MESSAGES['edition.not_found']);
    return toEditionView(edition);
  }
}

export function toEditionView(edition: EditionEntity): Edition {
  return {
    id: edition.id,
    slug: edition.slug,
    name: edition.name,
    city: edition.city,
    venue: edition.venue,
    regionCode: edition.regionCode,
    timeZone: edition.timeZone,
    startDate: edition.startDate,
    endDate: edition.endDate,
  };
}

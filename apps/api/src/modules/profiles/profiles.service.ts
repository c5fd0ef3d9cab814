import { Injectable, type OnModuleInit } from '@nestjs/common';
import { z } from 'zod';
import {
  businessProfileInputSchema,
  compareDecimalStrings,
  investorProfileInputSchema,
  OPPORTUNITY_MAX_AMOUNT_USD,
  type BusinessProfile,
  type InvestorProfile,
  type ListInvestorsQuery,
  type Page,
  type Profile,
} from '@serumpun/shared';
import { DomainException, ValidationFailedException } from '../../common/api-exceptions.js';
import { COMMON_MESSAGES } from '../../common/api-messages.js';
import type { AuthUser } from '../../common/auth-user.js';
import { decodeCursor, encodeCursor } from '../../common/cursor.js';
import { FxService } from '../fx/fx.service.js';
import { PROFILE_MESSAGES } from './profiles.messages.js';
import { ProfilesRepository, type BusinessProfileRow, type InvestorProfileRow } from './profiles.repository.js';

const investorCursorSchema = z.strictObject({ createdAt: z.string().min(1).max(64), id: z.uuid() });
const isUuid = (value: string) => z.uuid().safeParse(value).success;

@Injectable()
export class ProfilesService implements OnModuleInit {
  constructor(
    private readonly profiles: ProfilesRepository,
    private readonly fx: FxService,
  ) {}

  onModuleInit(): void {
    this.fx.onRatesChanged((manager) => this.profiles.recomputeTicketsUsd(manager));
  }

  /** The caller's own profile (investors and businesses; organisers have none). */
  async mine(user: AuthUser): Promise<Profile> {
    const profile =
      user.role === 'investor'
        ? await this.profiles.findInvestor({ userId: user.id }).then((row) => row && toInvestorView(row))
        : await this.profiles.findBusiness({ userId: user.id }).then((row) => row && toBusinessView(row));
    if (!profile) throw new DomainException(404, PROFILE_MESSAGES['profile.not_found']);
    return profile;
  }

  /** Creates or replaces the caller's profile; the body must have the shape of the caller's role. */
  async upsertMine(user: AuthUser, body: unknown): Promise<Profile> {
    if (user.role === 'investor') {
      const data = parse(investorProfileInputSchema, body);
      const [min, max] = await this.fx.toUsd([
        { money: data.ticketMin, field: 'ticketMin.currency' },
        { money: data.ticketMax, field: 'ticketMax.currency' },
      ]);
      if (compareDecimalStrings(max.amountUsd, OPPORTUNITY_MAX_AMOUNT_USD) > 0) {
        throw new DomainException(400, PROFILE_MESSAGES['profile.amount_implausible'], { field: 'ticketMax.amount', params: { maxUsd: OPPORTUNITY_MAX_AMOUNT_USD } });
      }
      await this.profiles.upsertInvestor(user.id, data, { min, max });
    } else if (user.role === 'business') {
      await this.profiles.upsertBusiness(user.id, parse(businessProfileInputSchema, body));
    } else {
      throw new DomainException(403, COMMON_MESSAGES['auth.forbidden']);
    }
    return this.mine(user);
  }

  /** The investor directory: businesses see visible profiles; organisers see every one. */
  async listInvestors(user: AuthUser, query: ListInvestorsQuery): Promise<Page<InvestorProfile>> {
    const after = decodeCursor(query.cursor, investorCursorSchema);
    const rows = await this.profiles.listInvestors(query, { visibleOnly: user.role !== 'organiser', after });
    const items = rows.slice(0, query.limit);
    const last = items.at(-1);
    return {
      items: items.map(toInvestorView),
      nextCursor: rows.length > query.limit && last ? encodeCursor({ createdAt: last.cursorKey, id: last.id }) : null,
    };
  }

  /**
   * One investor profile: for businesses and organisers, and for the investor it belongs to. A hidden
   * profile is not found for businesses; other investors may not browse investors (403).
   */
  async investor(user: AuthUser, id: string): Promise<InvestorProfile> {
    const row = isUuid(id) ? await this.profiles.findInvestor({ id }) : null;
    const own = row?.userId === user.id;
    if (user.role === 'investor' && !own) throw new DomainException(403, COMMON_MESSAGES['auth.forbidden']);
    if (!row || (!row.visible && !own && user.role !== 'organiser')) throw new DomainException(404, PROFILE_MESSAGES['profile.investor_not_found']);
    return toInvestorView(row);
  }

  /** One business profile; any signed-in user may read it (investors look at who is behind an opportunity). */
  async business(id: string): Promise<BusinessProfile> {
    const row = isUuid(id) ? await this.profiles.findBusiness({ id }) : null;
    if (!row) throw new DomainException(404, PROFILE_MESSAGES['profile.business_not_found']);
    return toBusinessView(row);
  }
}

function parse<Schema extends z.ZodType>(schema: Schema, body: unknown): z.output<Schema> {
  const result = schema.safeParse(body ?? {}, { reportInput: true });
  if (!result.success) throw new ValidationFailedException(result.error.issues);
  return result.data;
}

export function toInvestorView(row: InvestorProfileRow): InvestorProfile {
  return {
    kind: 'investor',
    id: row.id,
    userId: row.userId,
    fullName: row.fullName,
    organisation: row.organisation,
    investorType: row.investorType as InvestorProfile['investorType'],
    countryCode: row.countryCode as InvestorProfile['countryCode'],
    regionCode: row.regionCode as InvestorProfile['regionCode'],
    sectors: row.sectors as InvestorProfile['sectors'],
    regions: row.regions as InvestorProfile['regions'],
    ticketMin: { amount: row.ticketMinAmount, currency: row.ticketMinCurrency as InvestorProfile['ticketMin']['currency'] },
    ticketMax: { amount: row.ticketMaxAmount, currency: row.ticketMaxCurrency as InvestorProfile['ticketMax']['currency'] },
    ticketMinUsd: row.ticketMinUsd,
    ticketMaxUsd: row.ticketMaxUsd,
    instruments: row.instruments as InvestorProfile['instruments'],
    stages: row.stages as InvestorProfile['stages'],
    languages: row.languages as InvestorProfile['languages'],
    sustainabilityTags: row.sustainabilityTags as InvestorProfile['sustainabilityTags'],
    bio: row.bio,
    website: row.website,
    visible: row.visible,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toBusinessView(row: BusinessProfileRow): BusinessProfile {
  return {
    kind: 'business',
    id: row.id,
    userId: row.userId,
    fullName: row.fullName,
    companyName: row.companyName,
    businessKind: row.businessKind as BusinessProfile['businessKind'],
    legalForm: row.legalForm as BusinessProfile['legalForm'],
    registrationNumber: row.registrationNumber,
    countryCode: row.countryCode as BusinessProfile['countryCode'],
    regionCode: row.regionCode as BusinessProfile['regionCode'],
    sectors: row.sectors as BusinessProfile['sectors'],
    foundedYear: row.foundedYear,
    employees: row.employees,
    revenueBand: row.revenueBand as BusinessProfile['revenueBand'],
    description: row.description,
    website: row.website,
    languages: row.languages as BusinessProfile['languages'],
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

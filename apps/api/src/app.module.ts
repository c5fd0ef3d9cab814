import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApiExceptionFilter } from './common/api-exception.filter.js';
import { ZodValidationPipe } from './common/zod-validation.pipe.js';
import type { AppConfig } from './config/app-config.js';
import { ConfigModule } from './config/config.module.js';
import { dataSourceOptions } from './database/data-source.js';
import { AuthModule } from './modules/auth/auth.module.js';
import { EditionsModule } from './modules/editions/editions.module.js';
import { HealthModule } from './modules/health/health.module.js';
import { UsersModule } from './modules/users/users.module.js';
import { FxModule } from './modules/fx/fx.module.js';
import { OpportunitiesModule } from './modules/opportunities/opportunities.module.js';
import { ProfilesModule } from './modules/profiles/profiles.module.js';
import { MeetingsModule } from './modules/meetings/meetings.module.js';
import { NotificationsModule } from './modules/notifications/notifications.module.js';
import { SchedulingModule } from './modules/scheduling/scheduling.module.js';
import { RealtimeModule } from './modules/realtime/realtime.module.js';
import { ConversationsModule } from './modules/conversations/conversations.module.js';
import { MatchingModule } from './modules/matching/matching.module.js';
import { ReportsModule } from './modules/reports/reports.module.js';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        TypeOrmModule.forRoot({ ...dataSourceOptions({ url: config.databaseUrl, poolSize: config.databasePoolSize }), retryAttempts: 3, retryDelay: 1000 }),
        UsersModule,
        AuthModule,
        EditionsModule,
        HealthModule,
        FxModule,
        ProfilesModule,
        OpportunitiesModule,
        MeetingsModule,
        NotificationsModule,
        SchedulingModule,
        RealtimeModule,
        ConversationsModule,
        MatchingModule,
        ReportsModule,
      ],
      providers: [
        { provide: APP_PIPE, useClass: ZodValidationPipe },
        { provide: APP_FILTER, useClass: ApiExceptionFilter },
      ],
    };
  }
}

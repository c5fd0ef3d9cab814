import { Module } from '@nestjs/common';
import { FxModule } from '../fx/fx.module.js';
import { OpportunitiesController } from './opportunities.controller.js';
import { OpportunitiesRepository } from './opportunities.repository.js';
import { OpportunitiesService } from './opportunities.service.js';

@Module({
  imports: [FxModule],
  controllers: [OpportunitiesController],
  providers: [OpportunitiesService, OpportunitiesRepository],
  exports: [OpportunitiesService, OpportunitiesRepository],
})
export class OpportunitiesModule {}

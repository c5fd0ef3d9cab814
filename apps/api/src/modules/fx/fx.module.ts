import { Module } from '@nestjs/common';
import { FxController } from './fx.controller.js';
import { FxRepository } from './fx.repository.js';
import { FxService } from './fx.service.js';

@Module({
  controllers: [FxController],
  providers: [FxService, FxRepository],
  exports: [FxService],
})
export class FxModule {}

import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EditionEntity } from './edition.entity.js';
import { EditionsController } from './editions.controller.js';
import { EditionsService } from './editions.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([EditionEntity])],
  controllers: [EditionsController],
  providers: [EditionsService],
  exports: [EditionsService],
})
export class EditionsModule {}

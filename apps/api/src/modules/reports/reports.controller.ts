import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { editionReportSchema, editionsOverviewSchema, type EditionReport, type EditionsOverview } from '@serumpun/shared';
import { Roles } from '../../common/auth.decorators.js';
import { ZodResponse } from '../../common/openapi.js';
import { requestLocale } from '../../common/request-locale.js';
import { ReportsService } from './reports.service.js';

@ApiTags('reports')
@ApiBearerAuth()
@Roles('organiser')
@Controller()
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  /** Registrations, requests, meetings, show-up rate, outcomes and their value (in dollars too), by sector. */
  @Get('editions/:id/report')
  @ZodResponse(editionReportSchema, 'EditionReport')
  report(@Param('id') editionId: string): Promise<EditionReport> {
    return this.reports.report(editionId);
  }

  /** Every meeting of the edition with each side's outcome, as a spreadsheet (UTF-8 with BOM, venue times). */
  @Get('editions/:id/report.csv')
  @ApiOkResponse({ description: 'One row per meeting, RFC 4180 with a UTF-8 byte-order mark', content: { 'text/csv': { schema: { type: 'string' } } } })
  async csv(@Param('id') editionId: string, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const { fileName, body } = await this.reports.csv(editionId, requestLocale(request));
    void reply.type('text/csv; charset=utf-8').header('Content-Disposition', `attachment; filename="${fileName}"`).header('Cache-Control', 'no-store');
    return body;
  }

  /** The headline figures of every edition side by side, newest first. */
  @Get('reports/editions')
  @ZodResponse(editionsOverviewSchema, 'EditionsOverview')
  overview(): Promise<EditionsOverview> {
    return this.reports.overview();
  }
}

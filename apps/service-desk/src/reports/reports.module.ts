import { Module } from '@nestjs/common';
import { ReportsController } from './reports.controller.js';

/** SLA compliance, backlog and maintenance reports, as JSON or CSV, from the sla-facts read model. */
@Module({
  controllers: [ReportsController],
})
export class ReportsModule {}

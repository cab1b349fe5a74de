import { Module } from '@nestjs/common';

/** SLA compliance, backlog and maintenance reports, as JSON or CSV. */
@Module({})
export class ReportsModule {}

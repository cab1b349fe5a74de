import { Module } from '@nestjs/common';
import { AuditController } from './audit.controller.js';
import { ListAuditHandler } from './list-audit.query.js';

/** GET /api/audit: who did what, when and from where. */
@Module({
  controllers: [AuditController],
  providers: [ListAuditHandler],
})
export class AuditModule {}

import { Module } from '@nestjs/common';

/** GET /api/audit: who did what, when and from where. */
@Module({})
export class AuditModule {}

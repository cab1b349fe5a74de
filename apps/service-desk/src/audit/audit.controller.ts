import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/roles.decorator.js';
import { AuditPageDto } from './audit-page.dto.js';
import { AuditQueryDto } from './audit-query.dto.js';
import { ListAuditQuery } from './list-audit.query.js';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit')
export class AuditController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @Roles('auditor', 'manager', 'headquarters', 'admin')
  @ApiOperation({
    summary: 'The audit trail: who did what, when and from where',
    description:
      'Every event of every stream (tickets, contracts, customers, staff, service numbers) from the ' +
      'timeline read model, filtered by actor, role, customer, event type and recording period, paged ' +
      'by position in the log. Summaries carry no free text and no personal data.',
  })
  @ApiOkResponse({ type: AuditPageDto })
  list(@Query() filters: AuditQueryDto): Promise<AuditPageDto> {
    return this.queries.execute(new ListAuditQuery(filters));
  }
}

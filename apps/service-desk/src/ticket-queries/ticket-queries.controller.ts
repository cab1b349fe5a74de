import { Controller, Get, Param, Query, Req } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Roles } from '../auth/roles.decorator.js';
import { uuidParam } from '../tickets/ticket-id.pipe.js';
import type { TicketView } from '../tickets/ticket-view.js';
import { AsOfDto } from './as-of.dto.js';
import { ListTicketsDto } from './list-tickets.dto.js';
import { ListTicketsQuery } from './list-tickets.query.js';
import { TicketAsOfQuery } from './ticket-as-of.query.js';
import { TicketPageDto } from './ticket-page.dto.js';
import { TicketTimelineQuery } from './ticket-timeline.query.js';
import { TicketTimelineDto } from './timeline-entry.dto.js';

const EVERY_ROLE = ['agent', 'engineer', 'manager', 'headquarters', 'auditor', 'admin', 'customer'] as const;

@ApiTags('tickets')
@ApiBearerAuth()
@Roles(...EVERY_ROLE)
@Controller('tickets')
export class TicketQueriesController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({
    summary: 'List tickets with filters, sorting and cursor paging',
    description:
      'From the tickets read model (pass ?after=<position> to see your own write). A customer contact ' +
      "sees only its own organisation's tickets. SLA states are judged at the request's instant. The " +
      "reporter's phone, e-mail and fax are shown only to roles that need them.",
  })
  @ApiOkResponse({ type: TicketPageDto })
  list(@Query() filters: ListTicketsDto, @Req() request: FastifyRequest): Promise<TicketPageDto> {
    return this.queries.execute(new ListTicketsQuery({ filters }, request.user!));
  }

  @Get(':id/timeline')
  @ApiOperation({
    summary: 'Every event of the ticket in order: who, what, when, from where, and whether back-dated',
    description: "A customer contact gets only its own organisation's tickets (403 otherwise).",
  })
  @ApiOkResponse({ type: TicketTimelineDto })
  timeline(
    @Param('id', uuidParam('id')) id: string,
    @Req() request: FastifyRequest,
  ): Promise<TicketTimelineDto> {
    return this.queries.execute(new TicketTimelineQuery({ ticketId: id }, request.user!));
  }

  @Get(':id/as-of')
  @ApiOperation({
    summary: 'The ticket and its SLA timers exactly as they stood at an instant',
    description:
      'Computed from the events recorded by `at` (a back-dated event recorded later does not count) ' +
      'and the SLA clock read at `at`; the same shape as GET /api/tickets/{id}. 404 if the ticket had ' +
      'not been recorded yet at `at`.',
  })
  @ApiOkResponse({ description: 'The ticket as GET /api/tickets/{id} shows it, with `sla.at` = `at`' })
  asOf(
    @Param('id', uuidParam('id')) id: string,
    @Query() query: AsOfDto,
    @Req() request: FastifyRequest,
  ): Promise<TicketView> {
    return this.queries.execute(new TicketAsOfQuery({ ticketId: id, at: query.at }, request.user!));
  }
}

import { Controller, Get, HttpCode, Post, Query, Req, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTooManyRequestsResponse,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../auth/public.decorator.js';
import { EventStreamQueryDto } from './event-stream-query.dto.js';
import { lastEventId } from './last-event-id.js';
import { LiveConnections } from './live-connections.js';
import { StreamCallers } from './stream-caller.js';
import { StreamTicketDto } from './stream-ticket.dto.js';
import { StreamTickets } from './stream-tickets.js';

@ApiTags('live events')
@ApiBearerAuth()
@Controller('events')
export class LiveEventsController {
  constructor(
    private readonly callers: StreamCallers,
    private readonly connections: LiveConnections,
    private readonly tickets: StreamTickets,
  ) {}

  @Post('ticket')
  @HttpCode(200)
  @ApiOperation({
    summary: 'A single-use ticket (valid 60 s) to open GET /api/events/stream?ticket=… from a browser',
    description:
      'The stream it opens lives as long as the bearer token that asked for it: it ends within a few ' +
      'seconds of that token’s expiry or logout, or of a password change, role change or deactivation.',
  })
  @ApiOkResponse({ type: StreamTicketDto })
  ticket(@Req() request: FastifyRequest): Promise<StreamTicketDto> {
    return this.tickets.issue(request.tokenClaims!);
  }

  /** Public to the global guard only: it authenticates itself, from the header or ?ticket. */
  @Get('stream')
  @Public()
  @ApiOperation({
    summary: 'Server-sent events for a desk screen: ticket changes and your notifications, live',
    description:
      'text/event-stream from the store’s feed, starting at its current head (or after Last-Event-ID). ' +
      '`event: ticket` → `{ type, ticketId, position }` for every ticket event (a customer contact: its own ' +
      'organisation only; never personal data); `event: notification` → a notification addressed to you, ' +
      'as GET /api/notifications shows it (staff only). `id:` is the global position; reconnect with ' +
      'Last-Event-ID (or `?lastEventId=`) to get what you missed. A `: heartbeat` comment every 15 s. ' +
      'Authenticate with `Authorization: Bearer <token>` or, for a browser EventSource (which cannot set ' +
      'headers), a single-use `?ticket=` from POST /api/events/ticket. The stream ends within 5 s once ' +
      'the token no longer holds (expiry, logout, password or role change, deactivation); at most 20 ' +
      'open streams per user (429 beyond).',
  })
  @ApiProduces('text/event-stream')
  @ApiHeader({
    name: 'Last-Event-ID',
    required: false,
    description: 'Resume after this position (the last `id:` received); EventSource sends it on reconnect',
  })
  @ApiOkResponse({
    description: 'An endless text/event-stream',
    content: {
      'text/event-stream': {
        schema: { type: 'string' },
        example:
          'event: ticket\nid: 42\ndata: {"type":"Escalated","ticketId":"…","position":"42"}\n\n: heartbeat\n\n',
      },
    },
  })
  @ApiUnauthorizedResponse({ description: 'No valid token or ticket (problem+json)' })
  @ApiTooManyRequestsResponse({ description: 'The user has 20 open streams already (problem+json)' })
  @ApiBadRequestResponse({ description: 'Last-Event-ID is not a position, or an unknown query parameter' })
  async stream(
    @Query() query: EventStreamQueryDto,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const after = lastEventId(request, query.lastEventId);
    const caller = await this.callers.authenticate(request, reply, query.ticket);
    request.user = caller; // the request's log line names its caller
    await this.connections.serve(reply, caller, after);
  }
}

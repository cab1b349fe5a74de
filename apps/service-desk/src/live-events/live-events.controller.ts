import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../auth/public.decorator.js';
import { EventStreamQueryDto } from './event-stream-query.dto.js';
import { lastEventId } from './last-event-id.js';
import { LiveConnections } from './live-connections.js';
import { StreamCallers } from './stream-caller.js';

@ApiTags('live events')
@ApiBearerAuth()
@Controller('events')
export class LiveEventsController {
  constructor(
    private readonly callers: StreamCallers,
    private readonly connections: LiveConnections,
  ) {}

  /** Public to the global guard only: it authenticates itself, from the header or ?access_token. */
  @Get('stream')
  @Public()
  @ApiOperation({
    summary: 'Server-sent events for a desk screen: ticket changes and your notifications, live',
    description:
      'text/event-stream from the store’s feed, starting at its current head (or after Last-Event-ID). ' +
      '`event: ticket` → `{ type, ticketId, position }` for every ticket event (a customer contact: its own ' +
      'organisation only; never personal data); `event: notification` → a notification addressed to you, ' +
      'as GET /api/notifications shows it (staff only). `id:` is the global position; reconnect with ' +
      'Last-Event-ID to get what you missed. A `: heartbeat` comment every 15 s. Authenticate with ' +
      '`Authorization: Bearer <token>` or, for a browser EventSource (which cannot set headers), ' +
      '`?access_token=<token>`.',
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
  @ApiUnauthorizedResponse({ description: 'No valid token (problem+json)' })
  @ApiBadRequestResponse({ description: 'Last-Event-ID is not a position, or an unknown query parameter' })
  async stream(
    @Query() query: EventStreamQueryDto,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const caller = await this.callers.authenticate(request, reply, query.access_token);
    request.user = caller; // the request's log line names its caller
    const after = lastEventId(request);
    await this.connections.serve(reply, caller, after);
  }
}

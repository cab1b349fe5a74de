import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { DisputeBundle } from '#dispute-bundle';
import { Roles } from '../auth/roles.decorator.js';
import { uuidParam } from '../tickets/ticket-id.pipe.js';
import { DisputeBundleQueryDto } from './dispute-bundle-query.dto.js';
import { DISPUTE_BUNDLE_SCHEMA } from './dispute-bundle.schema.js';
import { GetDisputeBundleQuery } from './get-dispute-bundle.query.js';

@ApiTags('disputes')
@ApiBearerAuth()
@Controller('tickets')
export class DisputeBundleController {
  constructor(private readonly queries: QueryBus) {}

  /**
   * Roles: those who settle disputes or read the full history (manager, headquarters, auditor,
   * admin) and the customer contact of the ticket's own organisation, the other party to a
   * dispute, who must be able to check the evidence independently. Agents and engineers may not.
   */
  @Get(':id/dispute-bundle')
  @Roles('manager', 'headquarters', 'auditor', 'admin', 'customer')
  @ApiOperation({
    summary: "Download a ticket's dispute bundle, verifiable offline",
    description:
      "One JSON document, sent as an attachment: the ticket's events exactly as stored, with envelopes " +
      'and hash chain; the SLA policy version that judged it and the contract events that set it; the ' +
      'SLA reading with its inputs (now, or at `asOf` with only the events recorded by then: 404 if ' +
      'the ticket had not been recorded yet); the head hash; and instructions for a third party ' +
      '(`npm run cli -- verify-bundle <file>`). Roles: manager, headquarters, auditor, admin, and a ' +
      "customer contact for its own organisation's tickets (403 for another's). It holds personal " +
      'data (the reporter), which the hashes cover.',
  })
  @ApiProduces('application/json')
  @ApiOkResponse({
    description: 'The bundle; Content-Disposition: attachment; filename="dispute-bundle-<serviceNo>.json"',
    schema: DISPUTE_BUNDLE_SCHEMA,
  })
  async get(
    @Param('id', uuidParam('id')) id: string,
    @Query() query: DisputeBundleQueryDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<DisputeBundle> {
    const bundle = await this.queries.execute(
      new GetDisputeBundleQuery({ ticketId: id, asOf: query.asOf }, request.user!),
    );
    reply.header(
      'Content-Disposition',
      `attachment; filename="dispute-bundle-${bundle.ticket.serviceNo}.json"`,
    );
    return bundle;
  }
}

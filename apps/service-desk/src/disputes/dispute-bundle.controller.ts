import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { DisputeBundle } from '#dispute-bundle';
import { Roles } from '../auth/roles.decorator.js';
import { uuidParam } from '../tickets/ticket-id.pipe.js';
import { GetDisputeBundleQuery } from './get-dispute-bundle.query.js';

@ApiTags('disputes')
@ApiBearerAuth()
@Controller('tickets')
export class DisputeBundleController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':id/dispute-bundle')
  @Roles('manager', 'auditor', 'admin', 'customer')
  @ApiOkResponse({
    description:
      "One JSON document a third party can verify offline: the ticket's events with envelopes and hash " +
      'chain, the SLA policy version that judged it, the SLA reading with its inputs, the head hash and ' +
      'instructions (`npx service-ledger verify-bundle <file>`). A customer contact gets only its own ' +
      "organisation's tickets.",
  })
  async get(
    @Param('id', uuidParam('id')) id: string,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<DisputeBundle> {
    const bundle = await this.queries.execute(new GetDisputeBundleQuery(id, request.user!));
    reply.header(
      'Content-Disposition',
      `attachment; filename="dispute-bundle-${bundle.ticket.serviceNo}.json"`,
    );
    return bundle;
  }
}

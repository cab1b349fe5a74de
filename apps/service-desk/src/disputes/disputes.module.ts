import { TicketHistory } from '../tickets/ticket-history.js';
import { Module } from '@nestjs/common';
import { DisputeBundleController } from './dispute-bundle.controller.js';
import { GetDisputeBundleHandler } from './get-dispute-bundle.query.js';

/** Dispute bundles: a ticket's history with its hash chain and SLA, for a third party to verify offline. */
@Module({
  controllers: [DisputeBundleController],
  providers: [GetDisputeBundleHandler, TicketHistory],
})
export class DisputesModule {}

import { Test } from '@nestjs/testing';
import { CommandBus, CqrsModule } from '@nestjs/cqrs';
import type { EventStore } from '#event-store';
import { AppConfig, validateAppConfig } from '#service-config';
import { CommandSeam } from '../../command-handling/command-seam.js';
import { ActOnContractHandler } from '../../contracts/act-on-contract.command.js';
import { EVENT_STORE } from '../../event-store/event-store.token.js';
import { ServiceMetrics } from '../../metrics/service-metrics.js';
import { ActOnTicketHandler } from '../../tickets/act-on-ticket.command.js';
import { StaffDirectory } from '../../tickets/staff-directory.js';
import { busCommands, type WatchmanCommands } from '../watchman-commands.js';

/**
 * The watchmen's commands through a real CommandBus with the desk's own handlers, over `store`:
 * what the service wires (on the default configuration), without the HTTP and read-model parts
 * (for the watchmen's specs).
 */
export async function deskCommands(store: EventStore): Promise<WatchmanCommands> {
  const module = await Test.createTestingModule({
    imports: [CqrsModule.forRoot()],
    providers: [
      { provide: EVENT_STORE, useValue: store },
      { provide: AppConfig, useValue: validateAppConfig({}) },
      CommandSeam,
      ServiceMetrics,
      StaffDirectory,
      ActOnTicketHandler,
      ActOnContractHandler,
    ],
  }).compile();
  await module.init();
  return busCommands(module.get(CommandBus));
}

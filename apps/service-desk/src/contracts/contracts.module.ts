import { Module } from '@nestjs/common';
import { commandRunnerProvider } from '../staff/command-runner.provider.js';
import { ContractRegistration } from './contract-registration.js';
import { ContractsController } from './contracts.controller.js';

/** Service contracts: terms, the fixed inspection expert, versioned SLA policies. */
@Module({
  controllers: [ContractsController],
  providers: [commandRunnerProvider, ContractRegistration],
})
export class ContractsModule {}

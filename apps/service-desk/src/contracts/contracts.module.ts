import { Module } from '@nestjs/common';
import { RegisterContractHandler } from './register-contract.command.js';
import { ActOnContractHandler } from './act-on-contract.command.js';
import { ContractsController } from './contracts.controller.js';
import { PhaseSurveysController } from './phase-surveys.controller.js';
import { ServicePlanController } from './service-plan.controller.js';
import { StaffDirectory } from '../tickets/staff-directory.js';

/** Service contracts: terms, the fixed inspection expert, versioned SLA policies, the service plan. */
@Module({
  controllers: [ContractsController, ServicePlanController, PhaseSurveysController],
  providers: [RegisterContractHandler, ActOnContractHandler, StaffDirectory],
})
export class ContractsModule {}

import { Module } from '@nestjs/common';
import { AlarmClock, SystemAlarmClock } from './alarm-clock.js';
import { WatchmanService } from './watchman.service.js';

/**
 * The SLA watchman: warnings (SlaAtRisk) and escalations (Escalated) on time and exactly once,
 * driven by the sla-deadlines read model; and the service-plan watchman: ServicePlanPeriodMissed
 * when a month ends without its inspection or a quarter without its revisit, over the contracts of
 * the archive read model. Both read models must be in READ_MODEL_PROJECTIONS.
 */
@Module({
  providers: [{ provide: AlarmClock, useClass: SystemAlarmClock }, WatchmanService],
  exports: [WatchmanService],
})
export class WatchmanModule {}

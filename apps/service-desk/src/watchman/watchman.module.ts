import { Module } from '@nestjs/common';
import { AlarmClock, SystemAlarmClock } from './alarm-clock.js';
import { WatchmanService } from './watchman.service.js';

/**
 * The SLA watchman: warnings (SlaAtRisk) and escalations (Escalated) on time and exactly once,
 * driven by the sla-deadlines read model. It needs that read model in READ_MODEL_PROJECTIONS.
 */
@Module({
  providers: [{ provide: AlarmClock, useClass: SystemAlarmClock }, WatchmanService],
  exports: [WatchmanService],
})
export class WatchmanModule {}

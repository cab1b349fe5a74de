import { DateTime } from 'luxon';
import type { DemoClient } from './demo-client.js';
import { DEMO_ZONE, zonedInstant } from './demo-calendar.js';
import { DEMO_PHASE_SURVEYS } from './demo-phase-surveys.js';
import type { DemoPost } from './seed-service-plan.js';

/**
 * The hospital contact answers the phase surveys of DEMO_PHASE_SURVEYS, back-dated around the
 * month of final acceptance ('YYYY-MM'); none later than `now`. Answers how many were sent.
 */
export async function seedPhaseSurveys(
  customer: DemoClient,
  post: DemoPost,
  contractId: string,
  acceptanceMonth: string,
  now: Date,
): Promise<number> {
  const accepted = DateTime.fromISO(`${acceptanceMonth}-01`, { zone: DEMO_ZONE });
  let sent = 0;
  for (const { monthsAfterAcceptance, day, ...survey } of DEMO_PHASE_SURVEYS) {
    const surveyedAt = accepted.plus({ months: monthsAfterAcceptance }).set({ day, hour: 16 });
    if (surveyedAt.toMillis() > now.getTime()) continue;
    await post(
      customer,
      `/api/contracts/${contractId}/surveys`,
      { ...survey, surveyedAt: zonedInstant(surveyedAt) },
      `phase-survey-${survey.surveyId}`,
    );
    sent++;
  }
  return sent;
}

/** What /health says about one projection. */
export interface ProjectionHealth {
  name: string;
  checkpoint: string | null;
  head: string | null;
  lag: string;
  caughtUp: boolean;
  error?: string;
}

interface HealthBody {
  details?: { projections?: { projections?: ProjectionHealth[] } };
}

/**
 * Polls GET /health until every projection follows the feed live with no lag (no writes must be
 * under way), and returns their status; throws after the timeout, or at once when one has failed.
 */
export async function waitForReadModels(baseUrl: string, timeoutMs = 120_000): Promise<ProjectionHealth[]> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    const response = await fetch(`${baseUrl}/health`);
    const body = (await response.json()) as HealthBody;
    last = body;
    const projections = body.details?.projections?.projections ?? [];
    const failed = projections.find((p) => p.error);
    if (failed) throw new Error(`projection ${failed.name} failed: ${failed.error}`);
    if (projections.length > 0 && projections.every((p) => p.caughtUp && p.lag === '0')) return projections;
    if (Date.now() > deadline)
      throw new Error(`read models not caught up within ${timeoutMs} ms: ${JSON.stringify(last)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

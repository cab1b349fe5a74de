import type { ApiClient } from '../../support/api-client.js';
import { at, faultReport, startTicketDesk, type TicketDesk } from '../tickets/ticket-desk.fixture.js';

interface Item {
  id: string;
  serviceNo: string;
  reportedAt: string;
  severity: number;
}

/**
 * Fifteen tickets reported at known minutes (three of them at the same minute, so that the id
 * breaks the tie), paged five at a time while other tickets are reported and acted on. Each read
 * waits (?after) for the latest write, so every page sees everything written before it.
 */
describe('GET /api/tickets: cursor paging', () => {
  let desk: TicketDesk;
  const base = new Date(Date.now() - 24 * 3600_000);
  const minutes = [0, 10, 20, 30, 30, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120];
  const original: string[] = [];
  let position = '0';

  beforeAll(async () => {
    desk = await startTicketDesk();
    for (const [i, minute] of minutes.entries()) {
      const { body } = await desk.agent.post(
        '/api/tickets',
        faultReport(desk.contractA, { reportedAt: at(base, minute), severity: (i % 4) + 1 }),
      );
      original.push(body.id);
      position = body.position;
    }
  }, 120_000);
  afterAll(() => desk.close());

  /** Walks every page of a listing, running `between` after each page; the items in page order. */
  const walk = async (query: string, between: (page: number) => Promise<void> = async () => undefined) => {
    const items: Item[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const response: { status: number; body: { items: Item[]; nextCursor: string | null } } =
        await desk.manager.get(
          `/api/tickets?after=${position}&limit=5&${query}${cursor ? `&cursor=${cursor}` : ''}`,
        );
      expect(response.status).toBe(200);
      expect(response.body.items.length).toBeLessThanOrEqual(5);
      items.push(...response.body.items);
      cursor = response.body.nextCursor;
      pages++;
      if (cursor !== null) await between(pages);
    } while (cursor !== null);
    return { items, pages };
  };

  /** Reports one more ticket, at `minute` after base, or now (a customer contact reports in real time). */
  const reportMore = async (who: ApiClient, minute?: number) => {
    const { body } = await who.post(
      '/api/tickets',
      faultReport(desk.contractA, minute === undefined ? {} : { reportedAt: at(base, minute) }),
    );
    position = body.position;
    return body.id as string;
  };

  it('pages through every ticket once, in order, 5 at a time, and says when it ends', async () => {
    const { items, pages } = await walk('sort=reportedAt');
    expect(pages).toBe(3);
    expect(items.map((i) => i.id).sort()).toEqual([...original].sort());
    expect(items.map((i) => Date.parse(i.reportedAt))).toEqual(minutes.map((m) => Date.parse(at(base, m))));
    const tied = items.slice(3, 6).map((i) => i.id);
    expect(tied).toEqual([original[3], original[4], original[5]].sort());
  });

  it('has no duplicates and no gaps while tickets are reported and acted on between pages', async () => {
    const added: string[] = [];
    const { items } = await walk('sort=-reportedAt', async (page) => {
      // A new report sorts first (before the pages already read), another sorts last (after them).
      added.push(await reportMore(desk.agent, 200 + page));
      added.push(await reportMore(desk.agent, -100 - page));
      const responded = await desk.engineer.post(`/api/tickets/${original[page * 2]}/responses`, {
        mode: 'guided',
      });
      expect(responded.status).toBe(200);
      position = responded.body.position;
    });
    const ids = items.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of original) expect(ids).toContain(id);
    // The newest ones sorted before the first page: never seen. The oldest ones sorted after: all seen.
    expect(ids.filter((id) => added.includes(id)).sort()).toEqual(added.filter((_, i) => i % 2 === 1).sort());
    const times = items.map((i) => Date.parse(i.reportedAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it('pages by severity with the id breaking ties, and by service number while customers report', async () => {
    const before = await walk('sort=severity');
    const severities = before.items.map((i) => i.severity);
    expect(severities).toEqual([...severities].sort((a, b) => a - b));
    const all = before.items.map((i) => i.id);
    const added: string[] = [];
    const { items } = await walk('sort=serviceNo', async () => {
      added.push(await reportMore(desk.customerA));
    });
    const ids = items.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    // A new report takes the next service number: it sorts after every page read so far.
    expect(added.length).toBeGreaterThan(0);
    for (const id of [...all, ...added]) expect(ids).toContain(id);
    const numbers = items.map((i) => i.serviceNo);
    expect(numbers).toEqual([...numbers].sort());
  });
});

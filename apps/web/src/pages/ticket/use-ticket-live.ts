import type { LiveStatus } from '../../live/live-events';
import { useEventStream } from '../../live/use-event-stream';
import { usePollWhileVisible } from './use-poll-while-visible';

/**
 * Keeps the ticket current: on every event of this ticket in the live stream, `moved(position)`
 * (the page reads again with `?after=<position>`); after a lost connection, `reload`. While the
 * stream is not open, it polls every 10 s while the page is visible instead.
 */
export function useTicketLive(
  ticketId: string,
  moved: (position: string) => void,
  reload: () => void,
  enabled: boolean,
): LiveStatus {
  const status = useEventStream(
    {
      ticket: (event) => {
        if (event.ticketId === ticketId) moved(event.position);
      },
      reconnected: reload,
    },
    enabled,
  );
  usePollWhileVisible(reload, 10_000, enabled && status !== 'live');
  return status;
}

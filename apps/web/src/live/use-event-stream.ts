import { useEffect, useRef, useState } from 'react';
import { currentToken } from '../api/client';
import type { DeskNotification, LiveStatus, TicketEvent } from './live-events';

export interface LiveHandlers {
  ticket?: (event: TicketEvent) => void;
  notification?: (notification: DeskNotification) => void;
  /** The stream is open again after a loss: what changed meanwhile may have been missed. */
  reconnected?: () => void;
}

const RETRY_MS = 5000;

/**
 * The live desk feed (GET /api/events/stream, server-sent events) while the component is mounted:
 * calls `handlers` for each ticket event and notification, and answers how the connection stands.
 * The browser's EventSource reconnects by itself (with Last-Event-ID); when the service closed it for
 * good (a refused token, a restart), a new one is opened after a pause and `reconnected` is called.
 */
export function useEventStream(handlers: LiveHandlers, enabled = true): LiveStatus {
  const [status, setStatus] = useState<LiveStatus>('connecting');
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });

  useEffect(() => {
    if (!enabled) return;
    let source: EventSource | undefined;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    let lost = false;

    const open = () => {
      const token = currentToken();
      if (!token || stopped) return;
      source = new EventSource(`/api/events/stream?access_token=${encodeURIComponent(token)}`);
      source.onopen = () => {
        setStatus('live');
        if (lost) latest.current.reconnected?.();
        lost = false;
      };
      source.onerror = () => {
        setStatus('reconnecting');
        lost = true;
        if (source?.readyState === EventSource.CLOSED) retry = setTimeout(open, RETRY_MS);
      };
      source.addEventListener('ticket', (e) =>
        latest.current.ticket?.(JSON.parse((e as MessageEvent<string>).data) as TicketEvent),
      );
      source.addEventListener('notification', (e) =>
        latest.current.notification?.(JSON.parse((e as MessageEvent<string>).data) as DeskNotification),
      );
    };
    open();
    return () => {
      stopped = true;
      clearTimeout(retry);
      source?.close();
    };
  }, [enabled]);

  return status;
}

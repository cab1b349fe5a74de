import { useEffect, useRef, useState } from 'react';
import { api, currentToken } from '../api/client';
import type { DeskNotification, LiveStatus, TicketEvent } from './live-events';

export interface LiveHandlers {
  ticket?: (event: TicketEvent) => void;
  notification?: (notification: DeskNotification) => void;
  /** The stream is open again after a loss: what changed meanwhile may have been missed. */
  reconnected?: () => void;
}

const RETRY_MS = 3000;

interface StreamTicket {
  ticket: string;
  expiresAt: string;
}

/**
 * The live desk feed (GET /api/events/stream, server-sent events) while the component is mounted:
 * calls `handlers` for each ticket event and notification, and answers how the connection stands.
 * Each connection opens with a single-use ticket (POST /api/events/ticket), never the bearer token
 * in the URL; so when a connection is lost, a new ticket is taken and the stream resumes after the
 * last event received (`lastEventId`), and `reconnected` is called.
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
    let lastEventId: string | undefined;

    const again = () => {
      setStatus('reconnecting');
      lost = true;
      if (!stopped) retry = setTimeout(() => void open(), RETRY_MS);
    };
    const open = async () => {
      if (!currentToken() || stopped) return;
      let ticket: StreamTicket;
      try {
        ticket = await api.post<StreamTicket>('/api/events/ticket', undefined);
      } catch {
        again();
        return;
      }
      if (stopped) return;
      const query = new URLSearchParams({ ticket: ticket.ticket });
      if (lastEventId !== undefined) query.set('lastEventId', lastEventId);
      source = new EventSource(`/api/events/stream?${query.toString()}`);
      source.onopen = () => {
        setStatus('live');
        if (lost) latest.current.reconnected?.();
        lost = false;
      };
      source.onerror = () => {
        // The ticket is spent: the browser's own reconnect would be refused, so take a new one.
        source?.close();
        again();
      };
      const received = (e: MessageEvent<string>) => {
        if (e.lastEventId) lastEventId = e.lastEventId;
        return JSON.parse(e.data) as unknown;
      };
      source.addEventListener('ticket', (e) =>
        latest.current.ticket?.(received(e as MessageEvent<string>) as TicketEvent),
      );
      source.addEventListener('notification', (e) =>
        latest.current.notification?.(received(e as MessageEvent<string>) as DeskNotification),
      );
    };
    void open();
    return () => {
      stopped = true;
      clearTimeout(retry);
      source?.close();
    };
  }, [enabled]);

  return status;
}

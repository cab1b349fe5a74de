export interface SseEvent {
  event: string;
  id?: string;
  data: Record<string, unknown>;
}

/**
 * A server-sent events client over fetch streaming (what a desk screen's EventSource does), for
 * tests: `next()` gives the events in order as they arrive.
 */
export class SseClient {
  readonly events: SseEvent[] = [];
  comments: string[] = [];
  private readonly abort = new AbortController();
  private buffer = '';
  private waiters: (() => void)[] = [];
  private reading?: Promise<void>;
  status = 0;
  contentType = '';
  /** Set once the server has ended the stream. */
  endedByServer = false;

  static async open(url: string, headers: Record<string, string> = {}): Promise<SseClient> {
    const client = new SseClient();
    const response = await fetch(url, { headers, signal: client.abort.signal });
    client.status = response.status;
    client.contentType = response.headers.get('content-type') ?? '';
    if (response.ok && response.body) client.reading = client.read(response.body);
    else await response.body?.cancel();
    return client;
  }

  /** The first event from index `from` on that matches, waiting up to `timeoutMs`. */
  async next(match: (e: SseEvent) => boolean, from = 0, timeoutMs = 10_000): Promise<SseEvent> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.events.slice(from).find(match);
      if (found) return found;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no matching event; got ${JSON.stringify(this.events)}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => (clearTimeout(timer), resolve()));
      });
    }
  }

  /** Resolves once the server has ended the stream (false after `timeoutMs`). */
  async ended(timeoutMs = 5000): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while (!this.endedByServer && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    return this.endedByServer;
  }

  async close(): Promise<void> {
    this.abort.abort();
    await this.reading?.catch(() => undefined);
  }

  private async read(body: ReadableStream<Uint8Array>): Promise<void> {
    const decoder = new TextDecoder();
    const reader = body.getReader();
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) {
          this.endedByServer = true;
          return;
        }
        this.buffer += decoder.decode(value, { stream: true });
        let end: number;
        while ((end = this.buffer.indexOf('\n\n')) >= 0) {
          this.parse(this.buffer.slice(0, end));
          this.buffer = this.buffer.slice(end + 2);
        }
        const waiters = this.waiters;
        this.waiters = [];
        waiters.forEach((w) => w());
      }
    } catch {
      // aborted by close()
    }
  }

  private parse(block: string): void {
    let event = 'message';
    let id: string | undefined;
    const data: string[] = [];
    for (const line of block.split('\n')) {
      if (line.startsWith(':')) this.comments.push(line.slice(1).trim());
      else if (line.startsWith('event: ')) event = line.slice(7);
      else if (line.startsWith('id: ')) id = line.slice(4);
      else if (line.startsWith('data: ')) data.push(line.slice(6));
    }
    if (data.length > 0)
      this.events.push({ event, ...(id !== undefined && { id }), data: JSON.parse(data.join('\n')) });
  }
}

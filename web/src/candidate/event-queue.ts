/**
 * The proctoring/telemetry event queue of the test page. Events are kept in
 * localStorage until the server acknowledges them, sent in batches, retried
 * with backoff while offline, and deduplicated by the server on their client
 * event id, so a retry after a lost response never counts an event twice.
 */

/** An event waiting to be sent; `Type` is the set of event types the server accepts. */
export interface QueuedEvent<Type extends string = string> {
  clientEventId: string;
  type: Type;
  occurredAt: string;
  payload: Record<string, unknown>;
}

/** The part of Web Storage the queue uses (localStorage in the browser). */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export type SendOutcome = 'sent' | 'retry' | 'drop' | 'closed';

export interface EventQueueOptions<Type extends string = string> {
  storageKey: string;
  /** Sends one batch; says whether it arrived, should be retried, dropped (refused as invalid) or the session closed. */
  send: (events: Array<QueuedEvent<Type>>, options: { keepalive: boolean }) => Promise<SendOutcome>;
  storage?: KeyValueStorage;
  batchSize?: number;
  /** How long to gather events before sending a batch. */
  flushDelayMs?: number;
  maxBackoffMs?: number;
  now?: () => Date;
  onChange?: (pending: number) => void;
}

export function newClientEventId(): string {
  const webCrypto = globalThis.crypto;
  if (typeof webCrypto.randomUUID === 'function') return webCrypto.randomUUID();
  const bytes = new Uint8Array(16);
  webCrypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export class EventQueue<Type extends string = string> {
  private readonly storage: KeyValueStorage;
  private readonly batchSize: number;
  private readonly flushDelayMs: number;
  private readonly maxBackoffMs: number;
  private readonly now: () => Date;
  private events: Array<QueuedEvent<Type>>;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private inFlight: Promise<void> | null = null;
  private failures = 0;
  private closed = false;
  private readonly listeners = new Set<(pending: number) => void>();

  constructor(private readonly options: EventQueueOptions<Type>) {
    const fallback = (globalThis as { localStorage?: KeyValueStorage }).localStorage;
    if (!options.storage && !fallback) throw new Error('EventQueue needs a storage');
    this.storage = options.storage ?? fallback!;
    this.batchSize = options.batchSize ?? 50;
    this.flushDelayMs = options.flushDelayMs ?? 2_000;
    this.maxBackoffMs = options.maxBackoffMs ?? 30_000;
    this.now = options.now ?? (() => new Date());
    this.events = this.load();
  }

  /** Calls `listener` with the number of queued events whenever it changes; returns the unsubscribe. */
  subscribe(listener: (pending: number) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get pending(): number {
    return this.events.length;
  }

  /** Records an event now; it is persisted before this returns. */
  push(type: Type, payload: Record<string, unknown> = {}): QueuedEvent<Type> {
    const event: QueuedEvent<Type> = { clientEventId: newClientEventId(), type, occurredAt: this.now().toISOString(), payload };
    if (this.closed) return event;
    this.events.push(event);
    this.save();
    this.schedule(this.flushDelayMs);
    return event;
  }

  /** Sends everything queued (in batches); resolves when done or when a batch must wait for a retry. */
  flush(options: { keepalive?: boolean } = {}): Promise<void> {
    if (this.inFlight) return this.inFlight.then(() => (this.events.length && !this.closed ? this.flush(options) : undefined));
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    this.inFlight = this.drain(Boolean(options.keepalive)).finally(() => {
      this.inFlight = null;
    });
    return this.inFlight;
  }

  /** Stops timers; queued events stay in storage for the next page load. */
  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  /** True once close() was called: the session is over and nothing more is sent. */
  get isClosed(): boolean {
    return this.closed;
  }

  /** The session is over: forget everything queued. */
  close(): void {
    this.closed = true;
    this.stop();
    this.events = [];
    this.storage.removeItem(this.options.storageKey);
    this.notify();
  }

  private async drain(keepalive: boolean): Promise<void> {
    while (this.events.length > 0 && !this.closed) {
      const batch = this.events.slice(0, this.batchSize);
      let outcome: SendOutcome;
      try {
        outcome = await this.options.send(batch, { keepalive });
      } catch {
        outcome = 'retry';
      }
      if (outcome === 'closed') {
        this.close();
        return;
      }
      if (outcome === 'retry') {
        this.failures += 1;
        this.schedule(Math.min(this.maxBackoffMs, 1_000 * 2 ** (this.failures - 1)));
        return;
      }
      // Sent, or refused as invalid (a retry could never succeed): remove the batch.
      this.failures = 0;
      const sent = new Set(batch.map((e) => e.clientEventId));
      this.events = this.events.filter((e) => !sent.has(e.clientEventId));
      this.save();
    }
  }

  private schedule(delayMs: number): void {
    if (this.timer || this.closed) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, delayMs);
  }

  private load(): Array<QueuedEvent<Type>> {
    try {
      const raw = this.storage.getItem(this.options.storageKey);
      const parsed = raw ? (JSON.parse(raw) as unknown) : [];
      return Array.isArray(parsed) ? (parsed as Array<QueuedEvent<Type>>).filter((e) => e && typeof e.clientEventId === 'string') : [];
    } catch {
      return [];
    }
  }

  private save(): void {
    try {
      if (this.events.length) this.storage.setItem(this.options.storageKey, JSON.stringify(this.events));
      else this.storage.removeItem(this.options.storageKey);
    } catch {
      // Storage full or disabled: the events still live in memory for this page.
    }
    this.notify();
  }

  private notify(): void {
    this.options.onChange?.(this.events.length);
    for (const listener of this.listeners) listener(this.events.length);
  }
}

/**
 * Autosave of the candidate's answers: every change is saved (debounced for
 * typing), the last write wins, failed saves are retried with backoff, and
 * unsaved answers are kept in storage so a reload or a dropped connection
 * loses nothing. An answer the server would refuse (over the length limit)
 * is held, not sent, and said why, until the candidate changes it.
 */

/** Where unsaved answers wait (localStorage; a Map in tests). */
export interface AnswerStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export type SaveStatus = 'idle' | 'saving' | 'saved' | 'retrying' | 'error';
/** `{ rejected }`: refused, with the server's reason in words. */
export type SaveOutcome = 'saved' | 'retry' | 'rejected' | { rejected: string };

/**
 * Why a free-text answer cannot be saved, in the server's words (it refuses
 * answers longer than its `limits.answerCharacters`, counted as JavaScript
 * counts a string's length), or null.
 */
export function answerLengthProblem(value: unknown, limit: number): string | null {
  if (typeof value !== 'string' || value.length <= limit) return null;
  return `Answers can be at most ${limit.toLocaleString('en-US')} characters; this one has ${value.length.toLocaleString('en-US')}`;
}

export interface AnswerSaverOptions<V> {
  storageKey: string;
  save: (questionId: string, value: V) => Promise<SaveOutcome>;
  storage: AnswerStorage;
  debounceMs?: number;
  maxBackoffMs?: number;
  /** Why a value cannot be saved (a check the server makes too), or null: such a value is held, not sent. */
  problemOf?: (questionId: string, value: V) => string | null;
  /** `problem`: why the last answer could not be saved, in words, when the status is `error`. */
  onStatus?: (status: SaveStatus, lastSavedAt: Date | null, problem: string | null) => void;
  now?: () => Date;
}

export class AnswerSaver<V> {
  private readonly dirty = new Map<string, V>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly inFlight = new Map<string, Promise<void>>();
  /** Answers that cannot be saved as they are, with the reason: kept locally, not sent. */
  private readonly held = new Map<string, { value: V; problem: string }>();
  private failures = 0;
  private rejected = false;
  private rejection: string | null = null;
  private lastSavedAt: Date | null = null;
  private readonly debounceMs: number;
  private readonly maxBackoffMs: number;

  constructor(private readonly options: AnswerSaverOptions<V>) {
    this.debounceMs = options.debounceMs ?? 700;
    this.maxBackoffMs = options.maxBackoffMs ?? 20_000;
    for (const [questionId, value] of Object.entries(this.loadUnsaved())) {
      const problem = options.problemOf?.(questionId, value) ?? null;
      if (problem) this.held.set(questionId, { value, problem });
      else this.dirty.set(questionId, value);
    }
  }

  /** Answers changed locally but not yet confirmed by the server (restored from storage on load), held ones included. */
  unsaved(): Record<string, V> {
    return { ...Object.fromEntries(this.dirty), ...Object.fromEntries([...this.held].map(([questionId, { value }]) => [questionId, value])) };
  }

  /** Why an answer is not saved, in words: one held back, else the server's reason for the last refusal. */
  get problem(): string | null {
    const [first] = this.held.values();
    return first?.problem ?? (this.rejected ? this.rejection : null);
  }

  get status(): SaveStatus {
    if (this.rejected || this.held.size > 0) return 'error';
    if (this.inFlight.size > 0) return 'saving';
    if (this.dirty.size > 0) return this.failures > 0 ? 'retrying' : 'saving';
    return this.lastSavedAt ? 'saved' : 'idle';
  }

  /** Records a change; saves it after the debounce (0 = right away). */
  set(questionId: string, value: V, debounceMs = this.debounceMs): void {
    this.rejected = false;
    this.rejection = null;
    const problem = this.options.problemOf?.(questionId, value) ?? null;
    if (problem) {
      // The server keeps the last version it took; this one waits, locally, to be changed.
      this.held.set(questionId, { value, problem });
      this.dirty.delete(questionId);
      clearTimeout(this.timers.get(questionId));
      this.timers.delete(questionId);
    } else {
      this.held.delete(questionId);
      this.dirty.set(questionId, value);
      this.scheduleSave(questionId, debounceMs);
    }
    this.persist();
    this.emit();
  }

  /** Saves every unsaved answer now; resolves true when all are saved (none is held back). */
  async flush(): Promise<boolean> {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    await Promise.all([...this.inFlight.values()]);
    await Promise.all([...this.dirty.keys()].map((questionId) => this.saveNow(questionId)));
    return this.dirty.size === 0 && this.held.size === 0;
  }

  /** Retries whatever is still unsaved (e.g. when the browser comes back online). */
  retry(): void {
    for (const questionId of this.dirty.keys()) this.scheduleSave(questionId, 0);
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }

  /** The session is over: forget local copies. */
  clear(): void {
    this.dispose();
    this.dirty.clear();
    this.held.clear();
    this.options.storage.removeItem(this.options.storageKey);
  }

  private scheduleSave(questionId: string, delayMs: number): void {
    const existing = this.timers.get(questionId);
    if (existing) clearTimeout(existing);
    this.timers.set(
      questionId,
      setTimeout(() => {
        this.timers.delete(questionId);
        void this.saveNow(questionId);
      }, delayMs),
    );
  }

  private async saveNow(questionId: string): Promise<void> {
    const running = this.inFlight.get(questionId);
    if (running) await running;
    if (!this.dirty.has(questionId)) return;
    const value = this.dirty.get(questionId) as V;
    const attempt = (async () => {
      let outcome: SaveOutcome;
      try {
        outcome = await this.options.save(questionId, value);
      } catch {
        outcome = 'retry';
      }
      // Only clear when the saved value is still the latest one typed.
      if (outcome === 'saved') {
        this.failures = 0;
        this.lastSavedAt = (this.options.now ?? (() => new Date()))();
        if (this.dirty.get(questionId) === value) this.dirty.delete(questionId);
        this.persist();
      } else if (outcome === 'rejected' || typeof outcome === 'object') {
        this.rejected = true;
        this.rejection = typeof outcome === 'object' ? outcome.rejected : null;
        this.dirty.delete(questionId);
        this.persist();
      } else {
        this.failures += 1;
        this.scheduleSave(questionId, Math.min(this.maxBackoffMs, 1_000 * 2 ** (this.failures - 1)));
      }
    })();
    this.inFlight.set(questionId, attempt);
    this.emit();
    try {
      await attempt;
    } finally {
      this.inFlight.delete(questionId);
      this.emit();
    }
  }

  private emit(): void {
    this.options.onStatus?.(this.status, this.lastSavedAt, this.status === 'error' ? this.problem : null);
  }

  private loadUnsaved(): Record<string, V> {
    try {
      const raw = this.options.storage.getItem(this.options.storageKey);
      return raw ? (JSON.parse(raw) as Record<string, V>) : {};
    } catch {
      return {};
    }
  }

  private persist(): void {
    try {
      const unsaved = this.unsaved();
      if (Object.keys(unsaved).length) this.options.storage.setItem(this.options.storageKey, JSON.stringify(unsaved));
      else this.options.storage.removeItem(this.options.storageKey);
    } catch {
      // Storage unavailable: answers are still held in memory and saved to the server.
    }
  }
}

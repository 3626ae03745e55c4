/**
 * Autosave of the candidate's answers: every change is saved (debounced for
 * typing), the last write wins, failed saves are retried with backoff, and
 * unsaved answers are kept in storage so a reload or a dropped connection
 * loses nothing.
 */
import type { KeyValueStorage } from './event-queue';

export type SaveStatus = 'idle' | 'saving' | 'saved' | 'retrying' | 'error';
export type SaveOutcome = 'saved' | 'retry' | 'rejected';

export interface AnswerSaverOptions<V> {
  storageKey: string;
  save: (questionId: string, value: V) => Promise<SaveOutcome>;
  storage: KeyValueStorage;
  debounceMs?: number;
  maxBackoffMs?: number;
  onStatus?: (status: SaveStatus, lastSavedAt: Date | null) => void;
  now?: () => Date;
}

export class AnswerSaver<V> {
  private readonly dirty = new Map<string, V>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly inFlight = new Map<string, Promise<void>>();
  private failures = 0;
  private rejected = false;
  private lastSavedAt: Date | null = null;
  private readonly debounceMs: number;
  private readonly maxBackoffMs: number;

  constructor(private readonly options: AnswerSaverOptions<V>) {
    this.debounceMs = options.debounceMs ?? 700;
    this.maxBackoffMs = options.maxBackoffMs ?? 20_000;
    for (const [questionId, value] of Object.entries(this.loadUnsaved())) this.dirty.set(questionId, value);
  }

  /** Answers changed locally but not yet confirmed by the server (restored from storage on load). */
  unsaved(): Record<string, V> {
    return Object.fromEntries(this.dirty);
  }

  get status(): SaveStatus {
    if (this.rejected) return 'error';
    if (this.inFlight.size > 0) return 'saving';
    if (this.dirty.size > 0) return this.failures > 0 ? 'retrying' : 'saving';
    return this.lastSavedAt ? 'saved' : 'idle';
  }

  /** Records a change; saves it after the debounce (0 = right away). */
  set(questionId: string, value: V, debounceMs = this.debounceMs): void {
    this.dirty.set(questionId, value);
    this.persist();
    this.rejected = false;
    this.scheduleSave(questionId, debounceMs);
    this.emit();
  }

  /** Saves every unsaved answer now; resolves true when all are saved. */
  async flush(): Promise<boolean> {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    await Promise.all([...this.inFlight.values()]);
    await Promise.all([...this.dirty.keys()].map((questionId) => this.saveNow(questionId)));
    return this.dirty.size === 0;
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
      } else if (outcome === 'rejected') {
        this.rejected = true;
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
    this.options.onStatus?.(this.status, this.lastSavedAt);
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
      if (this.dirty.size) this.options.storage.setItem(this.options.storageKey, JSON.stringify(Object.fromEntries(this.dirty)));
      else this.options.storage.removeItem(this.options.storageKey);
    } catch {
      // Storage unavailable: answers are still held in memory and saved to the server.
    }
  }
}

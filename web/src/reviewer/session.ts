import { createContext, useContext } from 'react';
import type { Me, Scope } from '../lib/types';

export interface SessionContextValue {
  me: Me;
  can: (scope: Scope) => boolean;
  refresh: () => Promise<void>;
}

export const SessionContext = createContext<SessionContextValue | null>(null);

/** The signed-in reviewer; only used below AppLayout, which guarantees it. */
export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside AppLayout');
  return value;
}

/** Sets the document title as "<page> · Assay". */
export function pageTitle(title: string): string {
  return `${title} · Assay`;
}

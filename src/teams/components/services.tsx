import { createContext, useContext, useEffect, useState } from 'react';
import type { HouseRulesStore } from '../../house-rules/store';
import type { Person } from '../../plans/model';
import type { PlanStore } from '../../plans/store';
import type { HostContext } from '../context';
import type { Draft, DraftBook } from '../drafts';
import type { DraftSync, Saved } from '../sync';

/** What every view needs, handed down once instead of through every component's props. */
export interface TabServices {
  store: PlanStore;
  book: DraftBook;
  sync: DraftSync;
  host: HostContext;
  /**
   * Who is asking, from src/connect: the signed-in person in a tenant, the `?as=` person in
   * local mode; undefined for everyone's plans (local mode) or when sign-in has not worked.
   */
  me?: Person;
  /** YYYY-MM-DD: the date due items are judged against. */
  today: string;
  /** Listeners told when a draft reaches the store, so views can show the saved version. */
  onSaved: Set<(saved: Saved) => void>;
  /** The organisation's house rules from the settings list (absent where there is no such list). */
  houseRules?: HouseRulesStore;
}

const Services = createContext<TabServices | undefined>(undefined);
export const ServicesProvider = Services.Provider;

export function useServices(): TabServices {
  const services = useContext(Services);
  if (!services) throw new Error('useServices must be used inside ServicesProvider.');
  return services;
}

/** The drafts, re-read whenever one changes. */
export function useDrafts(planId?: string): Draft[] {
  const { book } = useServices();
  const read = () => (planId ? book.forPlan(planId) : book.all());
  const [drafts, setDrafts] = useState<Draft[]>(read);
  useEffect(() => {
    setDrafts(planId ? book.forPlan(planId) : book.all());
    return book.subscribe(() => setDrafts(planId ? book.forPlan(planId) : book.all()));
  }, [book, planId]);
  return drafts;
}

export function useOnSaved(listener: (saved: Saved) => void): void {
  const { onSaved } = useServices();
  useEffect(() => {
    onSaved.add(listener);
    return () => {
      onSaved.delete(listener);
    };
  }, [onSaved, listener]);
}

/** Plain-words message for a load failure, without any plan content. */
export function loadError(what: string, err: unknown): string {
  const reason = err instanceof Error ? err.message : 'unknown error';
  return `Could not load ${what}: ${reason} Check your connection and try again.`;
}

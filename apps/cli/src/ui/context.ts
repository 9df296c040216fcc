import { createContext, useContext, type Dispatch } from "react";
import type { Theme } from "./config.js";
import type { BrowseData } from "./data-source.js";
import type { BrowseFilters } from "./filters.js";
import type { Command } from "./keys.js";
import type { Action, State } from "./state.js";

/** What every view of the terminal UI shares: the state, the store, the settings and a few actions. */
export interface Browse {
  state: State;
  dispatch: Dispatch<Action>;
  data: BrowseData;
  bindings: Record<Command, string[]>;
  theme: Theme;
  /** Whether the UI reads keys at all (false off a terminal and in some tests). */
  interactive: boolean;
  /** Rows for a view's body: the terminal less the title and status lines. */
  bodyHeight: number;
  columns: number;
  filters: BrowseFilters;
  setFilters: (filters: BrowseFilters) => void;
  /** Lists the articles for a search, with the given filters or the current ones. */
  load: (query: string, filters?: BrowseFilters) => Promise<void>;
  /** Says something on the status line for a moment. */
  flash: (text: string) => void;
  exit: () => void;
  /** Writes to the terminal itself (an OSC 52 copy). */
  write: (data: string) => void;
}

const BrowseContext = createContext<Browse | null>(null);

export const BrowseProvider = BrowseContext.Provider;

export function useBrowse(): Browse {
  const browse = useContext(BrowseContext);
  if (!browse) throw new Error("useBrowse is for components inside <BrowseProvider>");
  return browse;
}

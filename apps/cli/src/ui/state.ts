import type { ArticleHit, EventGroup, StoredArticle } from "@sitrep/store";

export type View = "list" | "reader" | "events" | "help";

export interface State {
  view: View;
  /** Where Esc returns from help. */
  previous: View;
  articles: ArticleHit[];
  selected: number;
  events: EventGroup[];
  eventSelected: number;
  reader: { article: StoredArticle; scroll: number } | null;
  query: string;
  /** The search prompt while typing, null when closed. */
  prompt: string | null;
  /** What the prompt is for. */
  promptKind: "search" | "filter";
  status: string | null;
  loading: boolean;
}

export const initialState: State = {
  view: "list",
  previous: "list",
  articles: [],
  selected: 0,
  events: [],
  eventSelected: 0,
  reader: null,
  query: "",
  prompt: null,
  promptKind: "search",
  status: null,
  loading: true,
};

export type Action =
  | { type: "articles"; articles: ArticleHit[]; query: string }
  | { type: "events"; events: EventGroup[] }
  | { type: "move"; by: number }
  | { type: "moveTo"; index: "top" | "bottom" }
  | { type: "read"; article: StoredArticle }
  | { type: "scroll"; by: number }
  | { type: "view"; view: View }
  | { type: "back" }
  | { type: "prompt"; text: string | null; kind?: "search" | "filter" }
  | { type: "status"; text: string | null }
  | { type: "mark"; id: string; read?: boolean; favourite?: boolean };

const clamp = (n: number, max: number) => Math.max(0, Math.min(n, Math.max(0, max)));

/** All of the UI's state changes, in one place, testable without a terminal. */
export function reducer(state: State, action: Action): State {
  switch (action.type) {
    case "articles":
      return { ...state, articles: action.articles, query: action.query, selected: 0, loading: false };
    case "events":
      return { ...state, events: action.events, eventSelected: clamp(state.eventSelected, action.events.length - 1) };
    case "move":
      if (state.view === "reader" && state.reader) return reducer(state, { type: "scroll", by: action.by });
      if (state.view === "events")
        return { ...state, eventSelected: clamp(state.eventSelected + action.by, state.events.length - 1) };
      return { ...state, selected: clamp(state.selected + action.by, state.articles.length - 1) };
    case "moveTo": {
      const last = action.index === "bottom";
      if (state.view === "reader" && state.reader)
        return { ...state, reader: { ...state.reader, scroll: last ? Number.MAX_SAFE_INTEGER : 0 } };
      if (state.view === "events") return { ...state, eventSelected: last ? Math.max(0, state.events.length - 1) : 0 };
      return { ...state, selected: last ? Math.max(0, state.articles.length - 1) : 0 };
    }
    case "read":
      return { ...state, view: "reader", reader: { article: action.article, scroll: 0 } };
    case "scroll":
      return state.reader
        ? { ...state, reader: { ...state.reader, scroll: Math.max(0, state.reader.scroll + action.by) } }
        : state;
    case "view":
      return { ...state, previous: state.view === "help" ? state.previous : state.view, view: action.view };
    case "back":
      if (state.view === "help") return { ...state, view: state.previous };
      if (state.view === "reader" || state.view === "events") return { ...state, view: "list" };
      return state;
    case "prompt":
      return { ...state, prompt: action.text, promptKind: action.kind ?? state.promptKind };
    case "status":
      return { ...state, status: action.text };
    case "mark":
      return {
        ...state,
        articles: state.articles.map((a) =>
          a.id === action.id ? { ...a, read: action.read ?? a.read, favourite: action.favourite ?? a.favourite } : a,
        ),
      };
  }
}

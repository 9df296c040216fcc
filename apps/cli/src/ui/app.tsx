import { Box, useApp, useStdin, useStdout } from "#ink";
import { useCallback, useEffect, useMemo, useReducer, useState, type ComponentType } from "react";
import { Text } from "./components/text.js";
import type { Theme } from "./config.js";
import { BrowseProvider, type Browse } from "./context.js";
import type { BrowseData } from "./data-source.js";
import type { BrowseFilters } from "./filters.js";
import { DEFAULT_BINDINGS, type Command } from "./keys.js";
import { initialState, reducer, type State, type View } from "./state.js";
import { ArticlesView } from "./views/articles-view.js";
import { EventsScreen } from "./views/events-screen.js";
import { HelpView } from "./views/help-view.js";
import { ReaderView } from "./views/reader-view.js";
import { StatusLine } from "./views/status-line.js";

/** The terminal's size, following resizes (ink has no hook for it). */
function useTerminalSize(): { columns: number; rows: number } {
  const { stdout } = useStdout();
  const read = () => ({ columns: stdout.columns || 100, rows: stdout.rows || 24 });
  const [size, setSize] = useState(read);
  useEffect(() => {
    const onResize = () => setSize(read());
    stdout.on("resize", onResize);
    return () => {
      stdout.off("resize", onResize);
    };
  });
  return size;
}

const DEFAULT_THEME: Theme = { accent: "cyan", card: "yellow", dim: true };

/** Each view and its title: the App shows the current one; the view handles its own keys. */
const VIEWS: Record<View, { component: ComponentType<{ isActive: boolean }>; title: (s: State) => string }> = {
  list: { component: ArticlesView, title: (s) => (s.query ? `Search: ${s.query}` : "Articles") },
  reader: { component: ReaderView, title: () => "Reader" },
  events: { component: EventsScreen, title: () => "Events" },
  help: { component: HelpView, title: () => "Help" },
};

export function App({
  data,
  interactive = true,
  bindings = DEFAULT_BINDINGS,
  theme = DEFAULT_THEME,
  notice = null,
}: {
  data: BrowseData;
  interactive?: boolean;
  bindings?: Record<Command, string[]>;
  theme?: Theme;
  notice?: string | null;
}) {
  const { exit } = useApp();
  const { write } = useStdout();
  const { stdin } = useStdin();
  const [state, dispatch] = useReducer(reducer, initialState);
  const { columns, rows } = useTerminalSize();
  // The root stays a line short of the terminal: a frame as tall as the terminal makes ink clear and flicker.
  const bodyHeight = Math.max(3, rows - 3);

  const [filters, setFilters] = useState<BrowseFilters>({});
  const load = useCallback(
    async (q: string, f: BrowseFilters = filters) => {
      const page = await data.articles({ q: q || undefined, filters: f });
      dispatch({ type: "articles", articles: page.items, query: q });
    },
    [data, filters],
  );
  useEffect(() => {
    void load("");
    void data.events().then((p) => dispatch({ type: "events", events: p.items }));
    if (notice) dispatch({ type: "status", text: notice });
  }, [data, load, notice]);

  // The mouse wheel (SGR reports: ESC [ < 64 up / 65 down ; x ; y M) moves like k and j.
  useEffect(() => {
    const onData = (chunk: Buffer | string) => {
      // eslint-disable-next-line no-control-regex -- a mouse report starts with ESC
      for (const m of String(chunk).matchAll(/\u001b\[<(64|65);\d+;\d+M/g))
        dispatch({ type: "move", by: m[1] === "64" ? -3 : 3 });
    };
    stdin.on("data", onData);
    return () => {
      stdin.off("data", onData);
    };
  }, [stdin]);

  const flash = useCallback((text: string) => {
    dispatch({ type: "status", text });
    setTimeout(() => dispatch({ type: "status", text: null }), 2500);
  }, []);

  const browse: Browse = useMemo(
    () => ({
      state,
      dispatch,
      data,
      bindings,
      theme,
      interactive,
      bodyHeight,
      columns,
      filters,
      setFilters,
      load,
      flash,
      exit,
      write,
    }),
    [state, data, bindings, theme, interactive, bodyHeight, columns, filters, load, flash, exit, write],
  );

  // The reader needs an article; without one it is the list.
  const view: View = state.view === "reader" && !state.reader ? "list" : state.view;
  const Current = VIEWS[view].component;
  return (
    <BrowseProvider value={browse}>
      <Box flexDirection="column" height={rows - 1} width={columns}>
        <Text bold color={theme.accent}>{`sitrep · ${VIEWS[state.view].title(state)}`}</Text>
        <Box flexDirection="column" flexGrow={1}>
          <Current key={view} isActive />
        </Box>
        <StatusLine />
      </Box>
    </BrowseProvider>
  );
}

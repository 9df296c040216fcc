import { Box, useApp, useInput, useStdin, useStdout } from "#ink";
import { Text } from "./components/text.js";
import { useCallback, useEffect, useReducer, useRef, useState } from "react";
import { ArticleList } from "./components/article-list.js";
import { EventsView } from "./components/events-view.js";
import { Help } from "./components/help.js";
import { Reader } from "./components/reader.js";
import type { StoredArticle } from "@sitrep/store";
import { copyToClipboard, openInBrowser } from "./actions.js";
import type { Theme } from "./config.js";
import { describeFilters, parseFilters, type BrowseFilters } from "./filters.js";
import type { BrowseData } from "./data-source.js";
import { DEFAULT_BINDINGS, keyName, resolveKey, type Command } from "./keys.js";
import { initialState, reducer } from "./state.js";

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
/** Side by side (list and reader) from this width. */
const WIDE = 140;

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
  const pendingKey = useRef<string | null>(null);
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

  // At 140 columns and more, the selected article is read beside the list.
  const wide = columns >= WIDE;
  const selectedId = state.articles[state.selected]?.id;
  const [preview, setPreview] = useState<StoredArticle | null>(null);
  useEffect(() => {
    if (!wide || !selectedId) return;
    let live = true;
    void data.article(selectedId).then((a) => live && setPreview(a));
    return () => {
      live = false;
    };
  }, [wide, selectedId, data]);

  const flash = (text: string) => {
    dispatch({ type: "status", text });
    setTimeout(() => dispatch({ type: "status", text: null }), 2500);
  };

  const run = async (command: Command) => {
    const current = state.articles[state.selected];
    switch (command) {
      case "down":
        return dispatch({ type: "move", by: 1 });
      case "up":
        return dispatch({ type: "move", by: -1 });
      case "halfDown":
        return dispatch({ type: "move", by: Math.floor(bodyHeight / 2) });
      case "halfUp":
        return dispatch({ type: "move", by: -Math.floor(bodyHeight / 2) });
      case "pageDown":
        return dispatch({ type: "move", by: bodyHeight });
      case "pageUp":
        return dispatch({ type: "move", by: -bodyHeight });
      case "top":
        return dispatch({ type: "moveTo", index: "top" });
      case "bottom":
        return dispatch({ type: "moveTo", index: "bottom" });
      case "open":
        if (state.view === "list" && current) {
          const stored = await data.article(current.id);
          if (!stored) return flash("That article is no longer in the store.");
          dispatch({ type: "read", article: stored });
          // Reading an article marks it read, as feed readers do.
          if (!current.read) {
            await data.setRead(current.id, true);
            dispatch({ type: "mark", id: current.id, read: true });
          }
        }
        return;
      case "back":
        if (state.view === "list" && state.query) return load("");
        return dispatch({ type: "back" });
      case "switchView":
        return dispatch({ type: "view", view: state.view === "events" ? "list" : "events" });
      case "search":
        return dispatch({ type: "prompt", text: "", kind: "search" });
      case "filter":
        return dispatch({ type: "prompt", text: describeFilters(filters), kind: "filter" });
      case "toggleRead":
      case "toggleFavourite": {
        if (!current) return;
        const flag = command === "toggleRead" ? "read" : "favourite";
        const value = !current[flag];
        await (flag === "read" ? data.setRead(current.id, value) : data.setFavourite(current.id, value));
        dispatch({ type: "mark", id: current.id, [flag]: value });
        return flash(
          flag === "read"
            ? value
              ? "Marked read"
              : "Marked unread"
            : value
              ? "Added to favourites"
              : "Removed from favourites",
        );
      }
      case "help":
        return dispatch(state.view === "help" ? { type: "back" } : { type: "view", view: "help" });
      case "quit":
        if (state.view === "list") return exit();
        return dispatch({ type: "back" });
      case "nextMatch":
      case "prevMatch":
        return dispatch({ type: "move", by: command === "nextMatch" ? 1 : -1 });
      case "openOriginal": {
        const url =
          state.view === "reader" ? (state.reader?.article.result.article.url ?? null) : (current?.url ?? null);
        return flash(await openInBrowser(url));
      }
      case "copyUrl": {
        const url =
          state.view === "reader" ? (state.reader?.article.result.article.url ?? null) : (current?.url ?? null);
        if (!url) return flash("This article has no web address.");
        copyToClipboard(url, write);
        return flash(`Copied ${url}`);
      }
      case "refresh": {
        dispatch({ type: "status", text: "Refreshing feeds…" });
        const said = await data.refresh();
        await load(state.query);
        void data.events().then((p) => dispatch({ type: "events", events: p.items }));
        return flash(said);
      }
    }
  };

  useInput(
    (input, key) => {
      if (state.prompt !== null) {
        if (key.return) {
          dispatch({ type: "prompt", text: null });
          if (state.promptKind === "filter") {
            const parsed = parseFilters(state.prompt);
            if (!parsed.ok) flash(parsed.message);
            else {
              setFilters(parsed.filters);
              void load(state.query, parsed.filters);
              flash(
                Object.keys(parsed.filters).length ? `Filtered: ${describeFilters(parsed.filters)}` : "Filters cleared",
              );
            }
          } else void load(state.prompt);
        } else if (key.escape) dispatch({ type: "prompt", text: null });
        else if (key.backspace || key.delete) dispatch({ type: "prompt", text: state.prompt.slice(0, -1) });
        else if (input && !key.ctrl && !key.meta) dispatch({ type: "prompt", text: state.prompt + input });
        return;
      }
      if (key.ctrl && input === "c") return exit();
      // Mouse reports are handled above; never read them as keys.
      if (/\[<\d+;\d+;\d+[Mm]/.test(input)) return;
      const name = keyName(input, key);
      const resolved = resolveKey(name, pendingKey.current, bindings);
      if (resolved === "pending") {
        pendingKey.current = name;
        return;
      }
      pendingKey.current = null;
      if (resolved) void run(resolved);
    },
    { isActive: interactive },
  );

  const title =
    state.view === "events"
      ? "Events"
      : state.view === "reader"
        ? "Reader"
        : state.view === "help"
          ? "Help"
          : state.query
            ? `Search: ${state.query}`
            : "Articles";
  const listWidth = wide ? Math.floor(columns * 0.45) : columns;
  return (
    <Box flexDirection="column" height={rows - 1} width={columns}>
      <Text bold color={theme.accent}>{`sitrep · ${title}`}</Text>
      <Box flexDirection="column" flexGrow={1}>
        {state.view === "help" ? (
          <Help bindings={bindings} />
        ) : state.view === "reader" && state.reader ? (
          <Reader
            stored={state.reader.article}
            scroll={state.reader.scroll}
            height={bodyHeight}
            width={columns}
            cardColor={theme.card}
          />
        ) : state.view === "events" ? (
          <EventsView events={state.events} selected={state.eventSelected} height={bodyHeight} />
        ) : state.loading ? (
          <Text dimColor={theme.dim}>Loading…</Text>
        ) : (
          <Box flexDirection="row">
            <Box width={listWidth} flexDirection="column">
              <ArticleList articles={state.articles} selected={state.selected} height={bodyHeight} width={listWidth} />
            </Box>
            {wide && preview ? (
              <Box flexDirection="column" marginLeft={2} width={columns - listWidth - 2}>
                <Reader
                  stored={preview}
                  scroll={0}
                  height={bodyHeight}
                  width={columns - listWidth - 2}
                  cardColor={theme.card}
                />
              </Box>
            ) : null}
          </Box>
        )}
      </Box>
      <Text dimColor={theme.dim} wrap="truncate-end">
        {state.prompt !== null
          ? `${state.promptKind === "filter" ? "filter: " : "/"}${state.prompt}█`
          : (state.status ?? `${state.articles.length} articles · ${state.events.length} events · ? help · q quit`)}
      </Text>
    </Box>
  );
}

import { Box, Text, useApp, useInput, useStdout } from "ink";
import { useCallback, useEffect, useReducer, useRef, useState } from "react";
import { ArticleList } from "./components/article-list.js";
import { EventsView } from "./components/events-view.js";
import { Help } from "./components/help.js";
import { Reader } from "./components/reader.js";
import type { BrowseData } from "./data-source.js";
import { keyName, resolveKey, type Command } from "./keys.js";
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

export function App({ data, interactive = true }: { data: BrowseData; interactive?: boolean }) {
  const { exit } = useApp();
  const [state, dispatch] = useReducer(reducer, initialState);
  const { columns, rows } = useTerminalSize();
  const pendingKey = useRef<string | null>(null);
  // The root stays a line short of the terminal: a frame as tall as the terminal makes ink clear and flicker.
  const bodyHeight = Math.max(3, rows - 3);

  const load = useCallback(
    async (q: string) => {
      const page = await data.articles({ q: q || undefined });
      dispatch({ type: "articles", articles: page.items, query: q });
    },
    [data],
  );
  useEffect(() => {
    void load("");
    void data.events().then((p) => dispatch({ type: "events", events: p.items }));
  }, [data, load]);

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
        return dispatch({ type: "prompt", text: "" });
      case "toggleRead":
        if (current) {
          await data.setRead(current.id, !current.read);
          dispatch({ type: "mark", id: current.id, read: !current.read });
          flash(current.read ? "Marked unread" : "Marked read");
        }
        return;
      case "toggleFavourite":
        if (current) {
          await data.setFavourite(current.id, !current.favourite);
          dispatch({ type: "mark", id: current.id, favourite: !current.favourite });
          flash(current.favourite ? "Removed from favourites" : "Added to favourites");
        }
        return;
      case "help":
        return dispatch(state.view === "help" ? { type: "back" } : { type: "view", view: "help" });
      case "quit":
        if (state.view === "list") return exit();
        return dispatch({ type: "back" });
      case "nextMatch":
      case "prevMatch":
        return dispatch({ type: "move", by: command === "nextMatch" ? 1 : -1 });
    }
  };

  useInput(
    (input, key) => {
      if (state.prompt !== null) {
        if (key.return) {
          dispatch({ type: "prompt", text: null });
          void load(state.prompt);
        } else if (key.escape) dispatch({ type: "prompt", text: null });
        else if (key.backspace || key.delete) dispatch({ type: "prompt", text: state.prompt.slice(0, -1) });
        else if (input && !key.ctrl && !key.meta) dispatch({ type: "prompt", text: state.prompt + input });
        return;
      }
      if (key.ctrl && input === "c") return exit();
      const name = keyName(input, key);
      const resolved = resolveKey(name, pendingKey.current);
      if (resolved === "pending") {
        pendingKey.current = name;
        return;
      }
      pendingKey.current = null;
      if (resolved) void run(resolved);
    },
    { isActive: interactive },
  );

  const title = state.view === "events" ? "Events" : state.view === "reader" ? "Reader" : state.view === "help" ? "Help" : state.query ? `Search: ${state.query}` : "Articles";
  return (
    <Box flexDirection="column" height={rows - 1} width={columns}>
      <Text bold color="cyan">{`sitrep · ${title}`}</Text>
      <Box flexDirection="column" flexGrow={1}>
        {state.view === "help" ? (
          <Help />
        ) : state.view === "reader" && state.reader ? (
          <Reader stored={state.reader.article} scroll={state.reader.scroll} height={bodyHeight} width={columns} />
        ) : state.view === "events" ? (
          <EventsView events={state.events} selected={state.eventSelected} height={bodyHeight} />
        ) : state.loading ? (
          <Text dimColor>Loading…</Text>
        ) : (
          <ArticleList articles={state.articles} selected={state.selected} height={bodyHeight} width={columns} />
        )}
      </Box>
      <Text dimColor wrap="truncate-end">
        {state.prompt !== null
          ? `/${state.prompt}█`
          : state.status ?? `${state.articles.length} articles · ${state.events.length} events · ? help · q quit`}
      </Text>
    </Box>
  );
}

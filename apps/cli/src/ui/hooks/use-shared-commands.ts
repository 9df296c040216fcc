import { copyToClipboard, openInBrowser } from "../actions.js";
import { useBrowse } from "../context.js";
import { describeFilters } from "../filters.js";
import type { Command } from "../keys.js";

/**
 * What a command does in every view that does not do it otherwise: moving (the list, the reader's
 * page or the events, as the state's reducer knows), the prompts, help, the views, refreshing feeds,
 * and what concerns the selected article (marking it, its address).
 */
export function useSharedCommands(): Partial<Record<Command, () => unknown>> {
  const { state, dispatch, data, bodyHeight, filters, load, flash, write } = useBrowse();
  const move = (by: number) => () => dispatch({ type: "move", by });
  const current = state.articles[state.selected];
  const url = () =>
    state.view === "reader" ? (state.reader?.article.result.article.url ?? null) : (current?.url ?? null);
  const toggle = async (flag: "read" | "favourite") => {
    if (!current) return;
    const value = !current[flag];
    await (flag === "read" ? data.setRead(current.id, value) : data.setFavourite(current.id, value));
    dispatch({ type: "mark", id: current.id, [flag]: value });
    const said = {
      read: ["Marked read", "Marked unread"],
      favourite: ["Added to favourites", "Removed from favourites"],
    };
    flash(said[flag][value ? 0 : 1]!);
  };
  return {
    down: move(1),
    up: move(-1),
    halfDown: move(Math.floor(bodyHeight / 2)),
    halfUp: move(-Math.floor(bodyHeight / 2)),
    pageDown: move(bodyHeight),
    pageUp: move(-bodyHeight),
    nextMatch: move(1),
    prevMatch: move(-1),
    top: () => dispatch({ type: "moveTo", index: "top" }),
    bottom: () => dispatch({ type: "moveTo", index: "bottom" }),
    back: () => dispatch({ type: "back" }),
    quit: () => dispatch({ type: "back" }),
    switchView: () => dispatch({ type: "view", view: state.view === "events" ? "list" : "events" }),
    help: () => dispatch(state.view === "help" ? { type: "back" } : { type: "view", view: "help" }),
    search: () => dispatch({ type: "prompt", text: "", kind: "search" }),
    filter: () => dispatch({ type: "prompt", text: describeFilters(filters), kind: "filter" }),
    toggleRead: () => toggle("read"),
    toggleFavourite: () => toggle("favourite"),
    openOriginal: async () => flash(await openInBrowser(url())),
    copyUrl: () => {
      const address = url();
      if (!address) return flash("This article has no web address.");
      copyToClipboard(address, write);
      flash(`Copied ${address}`);
    },
    refresh: async () => {
      dispatch({ type: "status", text: "Refreshing feeds…" });
      const said = await data.refresh();
      await load(state.query);
      void data.events().then((p) => dispatch({ type: "events", events: p.items }));
      flash(said);
    },
  };
}

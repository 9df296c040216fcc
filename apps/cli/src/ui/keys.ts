import type { Key } from "#ink";

/** Everything a key can do. */
export type Command =
  | "down"
  | "up"
  | "top"
  | "bottom"
  | "halfDown"
  | "halfUp"
  | "pageDown"
  | "pageUp"
  | "open"
  | "back"
  | "switchView"
  | "search"
  | "nextMatch"
  | "prevMatch"
  | "toggleRead"
  | "toggleFavourite"
  | "help"
  | "quit"
  | "openOriginal"
  | "copyUrl"
  | "refresh"
  | "filter";

/** Key bindings as data (newsboat's and vim's habits); "gg" is two keys, "enter"/"esc"/"tab" name special keys. */
export const DEFAULT_BINDINGS: Record<Command, string[]> = {
  down: ["j", "down"],
  up: ["k", "up"],
  top: ["gg", "home"],
  bottom: ["G", "end"],
  halfDown: ["d"],
  halfUp: ["u"],
  pageDown: ["space", "pagedown"],
  pageUp: ["b", "pageup"],
  open: ["enter", "l"],
  back: ["esc", "h"],
  switchView: ["tab"],
  search: ["/"],
  nextMatch: ["n"],
  prevMatch: ["N"],
  toggleRead: ["m"],
  toggleFavourite: ["s"],
  help: ["?"],
  quit: ["q"],
  openOriginal: ["o"],
  copyUrl: ["y"],
  refresh: ["r"],
  filter: ["f"],
};

/** The name of a key press as the bindings spell it. */
export function keyName(input: string, key: Key): string {
  if (key.return) return "enter";
  if (key.escape) return "esc";
  if (key.tab) return "tab";
  if (key.upArrow) return "up";
  if (key.downArrow) return "down";
  if (key.pageDown) return "pagedown";
  if (key.pageUp) return "pageup";
  if (key.home) return "home";
  if (key.end) return "end";
  if (input === " ") return "space";
  return input;
}

/**
 * Resolves a key press, with the key pressed before it for two-key bindings ("gg"): the command,
 * "pending" while a longer binding may still complete, or null.
 */
export function resolveKey(
  name: string,
  previous: string | null,
  bindings = DEFAULT_BINDINGS,
): Command | "pending" | null {
  const entries = Object.entries(bindings) as Array<[Command, string[]]>;
  if (previous) {
    const chord = entries.find(([, keys]) => keys.includes(previous + name));
    if (chord) return chord[0];
  }
  if (
    entries.some(([, keys]) =>
      keys.some(
        (k) =>
          k.length > 1 &&
          k.startsWith(name) &&
          k !== name &&
          !["enter", "esc", "tab", "up", "down", "home", "end", "space"].includes(k),
      ),
    )
  )
    return "pending";
  return entries.find(([, keys]) => keys.includes(name))?.[0] ?? null;
}

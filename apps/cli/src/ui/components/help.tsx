import { Box } from "#ink";
import { Text } from "./text.js";
import { DEFAULT_BINDINGS, type Command } from "../keys.js";
import { configPath } from "../config.js";

const WHAT: Record<Command, string> = {
  down: "next",
  up: "previous",
  top: "first",
  bottom: "last",
  halfDown: "half a page down",
  halfUp: "half a page up",
  pageDown: "page down",
  pageUp: "page up",
  open: "open",
  back: "back",
  switchView: "articles / events",
  search: "search",
  nextMatch: "next match",
  prevMatch: "previous match",
  toggleRead: "read / unread",
  toggleFavourite: "favourite",
  help: "this help",
  quit: "quit",
  openOriginal: "open the original in the browser",
  copyUrl: "copy the address (OSC 52)",
  refresh: "refresh feeds",
  filter: "filter: country= province= type= subtype= from= to= source=",
};

export function Help({ bindings = DEFAULT_BINDINGS }: { bindings?: Record<Command, string[]> }) {
  return (
    <Box flexDirection="column">
      <Text bold>Keys</Text>
      {(Object.keys(bindings) as Command[]).map((c) => (
        <Text key={c}>{`  ${bindings[c].join(", ").padEnd(16)} ${WHAT[c]}`}</Text>
      ))}
      <Text dimColor>{`Esc or ? closes this help. Keys can be changed in ${configPath()}.`}</Text>
    </Box>
  );
}

import { Box, Text } from "ink";
import { DEFAULT_BINDINGS, type Command } from "../keys.js";

const WHAT: Record<Command, string> = {
  down: "next", up: "previous", top: "first", bottom: "last", halfDown: "half a page down", halfUp: "half a page up",
  pageDown: "page down", pageUp: "page up", open: "open", back: "back", switchView: "articles / events", search: "search",
  nextMatch: "next match", prevMatch: "previous match", toggleRead: "read / unread", toggleFavourite: "favourite", help: "this help", quit: "quit",
};

export function Help() {
  return (
    <Box flexDirection="column">
      <Text bold>Keys</Text>
      {(Object.keys(DEFAULT_BINDINGS) as Command[]).map((c) => (
        <Text key={c}>{`  ${DEFAULT_BINDINGS[c].join(", ").padEnd(16)} ${WHAT[c]}`}</Text>
      ))}
      <Text dimColor>Esc or ? closes this help.</Text>
    </Box>
  );
}

/** Keyboard shortcuts in Miniflux's manner; the help dialog lists this table. */
export const SHORTCUTS = [
  { keys: ["j"], action: "next", help: "Next item" },
  { keys: ["k"], action: "previous", help: "Previous item" },
  { keys: ["o", "Enter"], action: "open", help: "Open the selected item" },
  { keys: ["v"], action: "original", help: "Open the original article" },
  { keys: ["/"], action: "search", help: "Search" },
  { keys: ["?"], action: "help", help: "Show or hide this help" },
  { keys: ["Escape"], action: "close", help: "Close help, leave the search box" },
] as const;

export type ShortcutAction = (typeof SHORTCUTS)[number]["action"];

/** The action a key press asks for, or null; keys typed into a form field are never shortcuts. */
export function actionFor(
  key: string,
  target: { tagName?: string; isContentEditable?: boolean } | null,
  modifiers = false,
): ShortcutAction | null {
  if (modifiers) return null;
  const tag = target?.tagName?.toLowerCase();
  const typing = tag === "input" || tag === "textarea" || tag === "select" || target?.isContentEditable === true;
  if (typing) return key === "Escape" ? "close" : null;
  const found = SHORTCUTS.find((s) => (s.keys as readonly string[]).includes(key));
  // Enter on a link or button already does what it should.
  if (found?.action === "open" && key === "Enter" && (tag === "a" || tag === "button")) return null;
  return found?.action ?? null;
}

import { useInput } from "#ink";
import { useRef } from "react";
import { useBrowse } from "../context.js";
import { keyName, resolveKey, type Command } from "../keys.js";
import { useSharedCommands } from "./use-shared-commands.js";

/** What a view does for a command; a view names only the commands it does differently or alone. */
export type Handlers = Partial<Record<Command, () => unknown>>;

/**
 * A view's key handling: each key resolved through the bindings (a two-key binding such as "gg"
 * waits for its second key), then the view's own handler, else the one every view shares.
 * Only the active view reads keys; the prompt, when open, takes them all.
 */
export function useViewKeys(handlers: Handlers, isActive: boolean): void {
  const { bindings, exit, interactive, state } = useBrowse();
  const shared = useSharedCommands();
  const pending = useRef<string | null>(null);
  useInput(
    (input, key) => {
      if (key.ctrl && input === "c") return exit();
      // Mouse reports are read by the App; never read them as keys.
      if (/\[<\d+;\d+;\d+[Mm]/.test(input)) return;
      const name = keyName(input, key);
      const resolved = resolveKey(name, pending.current, bindings);
      if (resolved === "pending") {
        pending.current = name;
        return;
      }
      pending.current = null;
      if (resolved) void (handlers[resolved] ?? shared[resolved])?.();
    },
    { isActive: interactive && isActive && state.prompt === null },
  );
}

import { render } from "#ink";
import type { Io } from "../io.js";
import { withStore } from "../open-store.js";
import { App } from "../ui/app.js";
import { storeData } from "../ui/data-source.js";
import { loadUiConfig, themeFor } from "../ui/config.js";
import { runSearch } from "./search.js";

// The alternate screen, and mouse reports (button events, SGR encoding) for the wheel.
const ENTER_ALT_SCREEN = "\u001b[?1049h\u001b[?1000h\u001b[?1006h";
const LEAVE_ALT_SCREEN = "\u001b[?1006l\u001b[?1000l\u001b[?1049l\u001b[?25h";

/**
 * `sitrep browse` (and `sitrep` alone on a terminal): the terminal UI in the alternate screen,
 * restored on every way out (q, Ctrl+C, a crash). Off a terminal (piped), no raw-mode error: a
 * clear message and the plain `sitrep search` output instead.
 */
export async function runBrowse(flags: { db?: string }, io: Io): Promise<number> {
  if (!process.stdin.isTTY || !process.stdout.isTTY) {
    io.stderr("sitrep browse needs a terminal (stdin and stdout); here is `sitrep search` instead.\n");
    return runSearch([], { db: flags.db, events: false, json: false }, io);
  }
  return withStore(io, flags.db, async (store) => {
    let restored = false;
    const restore = () => {
      if (!restored) process.stdout.write(LEAVE_ALT_SCREEN);
      restored = true;
    };
    process.stdout.write(ENTER_ALT_SCREEN);
    process.once("exit", restore);
    const onSignal = () => {
      restore();
      process.exit(130);
    };
    process.once("SIGTERM", onSignal);
    try {
      const { config, bindings, problem } = loadUiConfig(io.env);
      const app = render(
        <App data={storeData(store)} bindings={bindings} theme={themeFor(config, io.env)} notice={problem} />,
        { exitOnCtrlC: false },
      );
      await app.waitUntilExit();
    } finally {
      restore();
      process.off("exit", restore);
      process.off("SIGTERM", onSignal);
    }
    return 0;
  });
}

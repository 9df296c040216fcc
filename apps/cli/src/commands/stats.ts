import type { Io } from "../io.js";
import { withStore } from "../open-store.js";
import { reparse } from "@sitrep/store";

export async function runStats(flags: { db?: string; json?: boolean; check?: boolean }, io: Io): Promise<number> {
  return withStore(io, flags.db, async (store) => {
    if (flags.check) {
      const problems = await store.check();
      for (const p of problems) io.stderr(`sitrep: ${p}\n`);
      io.stderr(problems.length === 0 ? `${store.describe()}: consistent\n` : "");
      return problems.length === 0 ? 0 : 1;
    }
    const s = await store.stats();
    if (flags.json) {
      io.stdout(JSON.stringify(s, null, 2) + "\n");
      return 0;
    }
    const lines = [
      `store        ${s.engine} ${s.location}`,
      `articles     ${s.articles}${s.firstDay ? ` (${s.firstDay} to ${s.lastDay})` : ""}`,
      `events       ${s.events} in ${s.eventGroups} real-world events`,
      `feeds        ${s.feeds}`,
      `failures     ${s.failures}`,
    ];
    if (s.outdated > 0) lines.push(`outdated     ${s.outdated} read by an older parser: run \`sitrep reparse\``);
    if (s.topSources.length) lines.push(`top sources  ${s.topSources.map((x) => `${x.name} (${x.count})`).join(", ")}`);
    if (s.topCountries.length)
      lines.push(`top places   ${s.topCountries.map((x) => `${x.name} (${x.count})`).join(", ")}`);
    io.stdout(lines.join("\n") + "\n");
    return 0;
  });
}

export async function runReparse(flags: { db?: string; all?: boolean; workers?: number }, io: Io): Promise<number> {
  return withStore(io, flags.db, async (store) => {
    const summary = await reparse(store, { all: flags.all, workers: flags.workers });
    for (const f of summary.failed) io.stderr(`sitrep: ${f.id}: ${f.reason} (the stored version is kept)\n`);
    io.stderr(
      `re-parsed ${summary.checked}: ${summary.updated} updated, ${summary.unchanged} unchanged, ` +
        `${summary.failed.length} failed\n`,
    );
    return summary.failed.length > 0 ? 1 : 0;
  });
}

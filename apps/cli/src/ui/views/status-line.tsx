import { useInput } from "#ink";
import { Text } from "../components/text.js";
import { useBrowse } from "../context.js";
import { describeFilters, parseFilters } from "../filters.js";

/** The bottom line: what happened, or the search or filter prompt, which reads every key while open. */
export function StatusLine() {
  const { state, dispatch, theme, interactive, load, flash, setFilters } = useBrowse();
  const prompt = state.prompt;

  useInput(
    (input, key) => {
      if (prompt === null) return;
      if (key.return) {
        dispatch({ type: "prompt", text: null });
        if (state.promptKind === "search") return void load(prompt);
        const parsed = parseFilters(prompt);
        if (!parsed.ok) return flash(parsed.message);
        setFilters(parsed.filters);
        void load(state.query, parsed.filters);
        const shown = describeFilters(parsed.filters);
        flash(shown ? `Filtered: ${shown}` : "Filters cleared");
      } else if (key.escape) dispatch({ type: "prompt", text: null });
      else if (key.backspace || key.delete) dispatch({ type: "prompt", text: prompt.slice(0, -1) });
      else if (input && !key.ctrl && !key.meta) dispatch({ type: "prompt", text: prompt + input });
    },
    { isActive: interactive && prompt !== null },
  );

  return (
    <Text dimColor={theme.dim} wrap="truncate-end">
      {prompt !== null
        ? `${state.promptKind === "filter" ? "filter: " : "/"}${prompt}█`
        : (state.status ?? `${state.articles.length} articles · ${state.events.length} events · ? help · q quit`)}
    </Text>
  );
}

import { Reader } from "../components/reader.js";
import { useBrowse } from "../context.js";
import { useViewKeys } from "../hooks/use-view-keys.js";

/** One article, full width: moving keys scroll it (the state's reducer), Esc and q go back to the list. */
export function ReaderView({ isActive }: { isActive: boolean }) {
  const { state, theme, bodyHeight, columns } = useBrowse();
  useViewKeys({}, isActive);
  if (!state.reader) return null;
  return (
    <Reader
      stored={state.reader.article}
      scroll={state.reader.scroll}
      height={bodyHeight}
      width={columns}
      cardColor={theme.card}
    />
  );
}

import { Help } from "../components/help.js";
import { useBrowse } from "../context.js";
import { useViewKeys } from "../hooks/use-view-keys.js";

/** The key bindings; ?, Esc and q close it. */
export function HelpView({ isActive }: { isActive: boolean }) {
  const { bindings } = useBrowse();
  useViewKeys({}, isActive);
  return <Help bindings={bindings} />;
}

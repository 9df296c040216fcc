import type { ComponentProps } from "react";
import { Text as InkText } from "#ink";
import { stripControls } from "../../text/strip-controls.js";

type Props = ComponentProps<typeof InkText>;

/**
 * The terminal UI's only Text: its string children lose escape sequences and controls before Ink
 * draws them (a title, a URL in the status line, a pasted search). Other components import this,
 * never Ink's own (the lint forbids it), so nothing an article holds reaches the terminal raw.
 */
export function Text({ children, ...props }: Props) {
  const safe = Array.isArray(children) ? (children as unknown[]).map(clean) : clean(children);
  return <InkText {...props}>{safe as Props["children"]}</InkText>;
}

function clean(child: unknown): unknown {
  return typeof child === "string" ? stripControls(child, { keepNewlines: true }) : child;
}

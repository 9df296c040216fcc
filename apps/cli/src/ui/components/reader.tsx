import { Box } from "#ink";
import { Text } from "./text.js";
import type { StoredArticle } from "@sitrep/store";
import { stripControls } from "../../text/strip-controls.js";
import { wrapText } from "../wrap.js";

/** One line a block of the article, its events' evidence highlighted, its events listed as cards. */
export function readerLines(
  stored: StoredArticle,
): Array<{ text: string; kind: "title" | "meta" | "body" | "evidence" | "card" | "blank" }> {
  const { article, events } = stored.result;
  const evidence = new Set(
    events.flatMap((e) => e.evidence.filter((v) => v.part === "body").map((v) => `${v.paragraph}:${v.start}`)),
  );
  const lines: Array<{ text: string; kind: "title" | "meta" | "body" | "evidence" | "card" | "blank" }> = [];
  lines.push({ text: stripControls(article.title), kind: "title" });
  const meta = [
    article.source.name ?? article.source.domain,
    article.publishedAt?.slice(0, 10),
    article.authors.join(", "),
    `${article.readingTimeMinutes} min`,
  ].filter(Boolean);
  lines.push({ text: stripControls(meta.join(" · ")), kind: "meta" });
  if (article.standfirst) lines.push({ text: stripControls(article.standfirst), kind: "meta" });
  lines.push({ text: "", kind: "blank" });
  for (const e of events) lines.push({ text: `▸ ${stripControls(e.summary)}`, kind: "card" });
  if (events.length) lines.push({ text: "", kind: "blank" });
  article.paragraphs.forEach((p, i) => {
    const marked = [...evidence].some((k) => k.startsWith(`${i}:`));
    lines.push({ text: stripControls(p), kind: marked ? "evidence" : "body" });
    lines.push({ text: "", kind: "blank" });
  });
  if (article.url) lines.push({ text: `Original: ${stripControls(article.url)}`, kind: "meta" });
  return lines;
}

export function Reader({
  stored,
  scroll,
  height,
  width,
  cardColor = "yellow",
}: {
  stored: StoredArticle;
  scroll: number;
  height: number;
  width: number;
  cardColor?: string | undefined;
}) {
  const rows = readerLines(stored).flatMap((l) => wrapText(l.text, width - 1).map((text) => ({ ...l, text })));
  const top = Math.min(scroll, Math.max(0, rows.length - height));
  return (
    <Box flexDirection="column" height={height} overflow="hidden">
      {rows.slice(top, top + height).map((l, i) => (
        <Text
          key={top + i}
          bold={l.kind === "title"}
          dimColor={l.kind === "meta"}
          color={l.kind === "card" ? cardColor : undefined}
          inverse={l.kind === "evidence"}
          wrap="truncate-end"
        >
          {l.text || " "}
        </Text>
      ))}
    </Box>
  );
}

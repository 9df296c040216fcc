import { Box } from "#ink";
import { Text } from "./text.js";
import type { ArticleHit } from "@sitrep/store";
import { stripControls } from "../../text/strip-controls.js";
import { windowAround } from "../window.js";

export function ArticleList({
  articles,
  selected,
  height,
  width,
}: {
  articles: ArticleHit[];
  selected: number;
  height: number;
  width: number;
}) {
  if (articles.length === 0) {
    return (
      <Box flexDirection="column">
        <Text>No articles yet: run `sitrep ingest &lt;files|dirs|URLs&gt;`, then open sitrep again.</Text>
      </Box>
    );
  }
  const { start, end } = windowAround(selected, articles.length, height);
  return (
    <Box flexDirection="column">
      {articles.slice(start, end).map((a, i) => {
        const index = start + i;
        const types = [...new Set(a.events.map((e) => e.subEventType))].slice(0, 2).join(", ");
        const marks = `${a.read ? " " : "•"}${a.favourite ? "★" : " "}`;
        const day = (a.publishedAt ?? "").slice(0, 10).padEnd(10);
        const source = stripControls(a.source.name ?? a.source.domain ?? "")
          .slice(0, 14)
          .padEnd(14);
        const line = `${marks} ${day} ${source} ${stripControls(a.title)}`;
        const badge = types ? `  [${types}]` : "";
        return (
          <Text key={a.id} inverse={index === selected} bold={!a.read} wrap="truncate-end">
            {(line + badge).slice(0, Math.max(10, width))}
          </Text>
        );
      })}
    </Box>
  );
}

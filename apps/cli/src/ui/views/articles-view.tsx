import { Box } from "#ink";
import { useEffect, useState } from "react";
import type { StoredArticle } from "@sitrep/store";
import { ArticleList } from "../components/article-list.js";
import { Reader } from "../components/reader.js";
import { Text } from "../components/text.js";
import { useBrowse } from "../context.js";
import { useViewKeys } from "../hooks/use-view-keys.js";

/** Side by side (list and reader) from this width. */
const WIDE = 140;

/** The article list, with the selected article read beside it on a wide terminal. */
export function ArticlesView({ isActive }: { isActive: boolean }) {
  const { state, dispatch, data, theme, bodyHeight, columns, load, flash, exit } = useBrowse();
  const current = state.articles[state.selected];

  useViewKeys(
    {
      open: async () => {
        if (!current) return;
        const stored = await data.article(current.id);
        if (!stored) return flash("That article is no longer in the store.");
        dispatch({ type: "read", article: stored });
        // Reading an article marks it read, as feed readers do.
        if (!current.read) {
          await data.setRead(current.id, true);
          dispatch({ type: "mark", id: current.id, read: true });
        }
      },
      // Esc leaves a search; q leaves the program.
      back: () => (state.query ? load("") : undefined),
      quit: exit,
    },
    isActive,
  );

  // At 140 columns and more, the selected article is read beside the list.
  const wide = columns >= WIDE;
  const [preview, setPreview] = useState<StoredArticle | null>(null);
  const selectedId = current?.id;
  useEffect(() => {
    if (!wide || !selectedId) return;
    let live = true;
    void data.article(selectedId).then((a) => live && setPreview(a));
    return () => {
      live = false;
    };
  }, [wide, selectedId, data]);

  if (state.loading) return <Text dimColor={theme.dim}>Loading…</Text>;
  const listWidth = wide ? Math.floor(columns * 0.45) : columns;
  return (
    <Box flexDirection="row">
      <Box width={listWidth} flexDirection="column">
        <ArticleList articles={state.articles} selected={state.selected} height={bodyHeight} width={listWidth} />
      </Box>
      {wide && preview ? (
        <Box flexDirection="column" marginLeft={2} width={columns - listWidth - 2}>
          <Reader
            stored={preview}
            scroll={0}
            height={bodyHeight}
            width={columns - listWidth - 2}
            cardColor={theme.card}
          />
        </Box>
      ) : null}
    </Box>
  );
}

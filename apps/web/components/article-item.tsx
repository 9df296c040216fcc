import type { ArticleHit } from "@sitrep/store";
import { formatDay } from "../lib/format";
import { EventBadges } from "./event-badges";
import { Snippet } from "./snippet";

export function ArticleItem({ article }: { article: ArticleHit }) {
  const source = article.source.name ?? article.source.domain ?? "unknown source";
  return (
    <li className={`item${article.read ? " read" : ""}`} data-nav-item>
      <h2 className="item-title">
        <a href={`/articles/${article.id}`} data-nav-open>
          {article.title || "Untitled"}
        </a>
      </h2>
      <p className="meta">
        {article.favourite ? (
          <span className="star" aria-label="favourite">
            ★{" "}
          </span>
        ) : null}
        <span>{source}</span> ·{" "}
        <time dateTime={article.publishedAt ?? undefined}>{formatDay(article.publishedAt)}</time> ·{" "}
        <span>{article.readingTimeMinutes} min read</span>
        {article.read ? <span className="sr-only"> · read</span> : null}
      </p>
      {article.snippet ? (
        <Snippet text={article.snippet} />
      ) : article.standfirst ? (
        <p className="standfirst">{article.standfirst}</p>
      ) : null}
      <EventBadges events={article.events} />
    </li>
  );
}

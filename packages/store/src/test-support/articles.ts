import { parse } from "@sitrep/parser";
import type { ArticleInput } from "../prepare-article.js";

/** A small article in the scraped-text layout, parsed as the store receives it. */
export function article(opts: {
  url: string;
  title: string;
  body: string[];
  published?: string;
  tags?: string[];
}): ArticleInput {
  const text = [
    opts.title,
    opts.published ? "1 min read" : "",
    opts.published ?? "",
    ...opts.body,
    ...(opts.tags ? [`Tags: ${opts.tags.join(", ")}`] : []),
  ]
    .filter(Boolean)
    .join("\n");
  const raw = new TextEncoder().encode(text);
  return { result: parse(raw, { url: opts.url }), raw, origin: opts.url };
}

// Four reports of Tuesday 3 December 2019 in Anbar: two of one attack, two of others.
export const REPORT_A = article({
  url: "https://alpha.example/news/rockets-ain-al-asad",
  title: "Rockets hit Ain al-Asad base in Anbar",
  published: "4 December 2019",
  body: [
    "Five rockets struck the Ain al-Asad air base in Anbar province on Tuesday, the Iraqi military said.",
    "No casualties were reported.",
  ],
  tags: ["Iraq", "Security"],
});
export const REPORT_B = article({
  url: "https://beta.example/2019/12/04/iraq-base-attack",
  title: "Iraq: base hosting US troops attacked",
  published: "4 December 2019",
  body: [
    "The Ain al-Asad base in western Iraq was hit by five rockets on Tuesday, security sources said.",
    "Nobody was hurt in the attack.",
  ],
});
export const OTHER_PLACE = article({
  url: "https://gamma.example/fallujah-rockets",
  title: "Rockets fall near Fallujah",
  published: "4 December 2019",
  body: [
    "Three rockets struck a checkpoint in Fallujah in Anbar province on Tuesday, police said.",
    "Two soldiers were killed.",
  ],
});
export const OTHER_COUNT = article({
  url: "https://delta.example/ain-al-asad-two-rockets",
  title: "Two rockets strike Ain al-Asad",
  published: "4 December 2019",
  body: ["Two rockets struck the Ain al-Asad air base on Tuesday, a local official said.", "Four people were injured."],
});

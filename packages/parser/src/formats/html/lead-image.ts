import { execNearEnd } from "../../text/exec-all.js";
import { cleanLine } from "../../text/normalise.js";
import { attr, classAndId, elementsIn, findFirst, textOf, type Document, type Element } from "./dom.js";
import { absolute } from "./metadata.js";
import { bare, either, oneOf } from "../../text/pattern.js";

const creditLabels = oneOf`
  (?:photo(?:graph)?|picture|image|credit|source|photo credit)s?(?:\s+by)?\s*[:：]\s*
  ©\s*
  \(c\)\s*
`;

export interface LeadImage {
  url: string | null;
  caption: string | null;
  credit: string | null;
}

const CREDIT_CLASS = /credit|copyright|source|photographer|attribution|byline/;
const agencies = oneOf`
  Getty Images
  AFP
  Reuters
  AP
  AP Photo
  EPA
  EPA-EFE
  Shutterstock
  Bloomberg
  Anadolu(?: Agency)?
  Xinhua
  PA
  PA Wire
  Alamy
  Sipa
  NurPhoto
`;
const AGENCIES = bare(agencies);
// Credits as captions end with them: "... (Photo: Jane Doe/AFP)", "Credit: Reuters", "© AP",
// "... John Doe/Getty Images".
const MARKED_CREDIT = new RegExp(
  either`
    \s*(?:[([]\s*)?${creditLabels}([^()[\]]{2,80}?)\s*[)\]]?\s*$
  `.source,
  "iu",
);
const AGENCY_CREDIT = new RegExp(
  // "John Doe/Getty Images", "Jane Doe / AFP via Getty", or the agency alone.
  String.raw`\s+((?:[\p{Lu}][\p{L}.'-]+\s){0,3}[\p{Lu}][\p{L}.'-]*\s?/\s?(?:${AGENCIES})(?: via [\p{L} ]+)?` +
    String.raw`|(?:${AGENCIES}))\s*$`,
  "u",
);

/** How far from a caption's end its credit can begin (the patterns' words are bounded at 80). */
const CREDIT_REACH = 400;

// "... the Moon [SpaceX via NASA]": a short bracketed name at the very end.
const BRACKETED_CREDIT = /\s*\[([^[\]]{2,60})\]\s*$/u;

/**
 * The lead image's caption and credit: the first figure of the page that shows a picture (the
 * one og:image names, when it is there), its caption split from the credit that ends it.
 */
export function leadImage(doc: Document, imageUrl: string | null, baseUrl: string | null): LeadImage | null {
  const figures: Element[] = [];
  for (const el of elementsIn(
    doc,
    (e) => e.name === "nav" || e.name === "footer" || e.name === "aside" || e.name === "script",
  )) {
    if (el.name === "figure" && findFirst(el, (e) => e.name === "img" || e.name === "picture" || e.name === "source"))
      figures.push(el);
    if (figures.length >= 8) break;
  }
  const file = imageUrl ? fileName(imageUrl) : null;
  const figure =
    (file &&
      figures.find((f) =>
        findFirst(
          f,
          (e) =>
            e.name === "img" &&
            [attr(e, "src"), attr(e, "data-src"), attr(e, "srcset")].some((s) => !!s && s.includes(file)),
        ),
      )) ??
    figures[0];
  if (!figure) return imageUrl ? { url: imageUrl, caption: null, credit: null } : null;
  const img = findFirst(figure, (e) => e.name === "img");
  const url = imageUrl ?? absolute(img ? (attr(img, "src") ?? attr(img, "data-src")) : null, baseUrl);
  const caption = findFirst(figure, (e) => e.name === "figcaption");
  const creditEl = findFirst(figure, (e) => e !== figure && CREDIT_CLASS.test(classAndId(e)));
  let credit = creditEl ? cleanLine(textOf(creditEl)) || null : null;
  let text = caption
    ? cleanLine(textOf(caption, (e) => e === creditEl))
    : cleanLine(img ? (attr(img, "alt") ?? "") : "");
  if (!credit) {
    const m =
      execNearEnd(MARKED_CREDIT, text, CREDIT_REACH) ??
      execNearEnd(AGENCY_CREDIT, text, CREDIT_REACH) ??
      execNearEnd(BRACKETED_CREDIT, text, CREDIT_REACH);
    if (m) {
      credit = cleanLine(m[1] ?? "") || null;
      text = cleanLine(text.slice(0, m.index));
    }
  }
  return {
    url,
    caption: text || null,
    credit: credit?.replace(/^(?:photo(?:graph)?|picture|image|credit)s?(?:\s+by)?\s*[:：]\s*/i, "") || null,
  };
}

function fileName(url: string): string | null {
  const name = url.split(/[?#]/)[0]!.split("/").pop();
  return name && name.length > 4 ? name : null;
}

import { attr, classAndId, type Element } from "./dom.js";
import { either, oneOf } from "../../text/pattern.js";

const furnitureLines = oneOf`
  home
  news
  sign in
  log ?in
  sign up
  register
  subscribe
  close
  caption
  advert(?:isement)?
  ad
  comments?
  \d+ comments?
  share
  share this( article| story)?
  print
  email
  menu
  search
  skip to (?:main )?content
  you may also like
  related(?: articles| stories| content| coverage)?
  more stories
  more on this story
  recent articles
  popular(?: this week)?
  most read
  read more
  see more
  load more
  view author archive
  tell us what you think\.*
  click here to subscribe.*
  follow us.*
  iklan
  letture
  getty images
  ap photo
  reuters
  image
  photo
  video
  listen
  copy link
  link copied
  top stories
  trending
  loading\.*
`;

/** Elements that never hold article text. */
// prettier-ignore
export const NEVER_TEXT = new Set([
  "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed", "button", "select",
  "input", "textarea", "nav", "aside", "dialog", "menu", "head", "link", "meta", "audio", "video", "map",
  "math",
]);

// Readability's word lists (Mozilla, Apache-2.0), extended with what news sites add since:
// newsletter boxes, paywalls, consent banners, recommendation widgets.
const UNLIKELY = new RegExp(
  // Readability's list; a space at either end of a line is written [ ], as lines are trimmed.
  either`
    -ad-
    ai2html
    banner
    breadcrumb
    combx
    comment
    community
    cover-wrap
    disqus
    extra
    footer
    gdpr
    header
    legends
    menu
    related
    remark
    replies
    rss
    shoutbox
    sidebar
    skyscraper
    social
    sponsor
    supplemental
    ad-break
    agegate
    pagination
    pager
    popup
    yom-remote
    newsletter
    subscri
    promo
    recommend
    outbrain
    taboola
    cookie
    consent
    signup
    sign-up
    most-?read
    most-?popular
    trending
    share
    sharing
    toolbar
    breaking-news-bar
    author-bio
    further-reading
    read-?more
    more-stories
    next-article
    prev-article
    advert
  `.source,
  "",
);
const MAYBE = /and|article|body|column|content|main|mathjax|shadow|story|entry|post-?text|text-?body/;
const POSITIVE = /article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story/;
const NEGATIVE = new RegExp(
  either`
    -ad-
    hidden
    ^hid$
    [ ]hid$
    [ ]hid[ ]
    ^hid[ ]
    banner
    combx
    comment
    com-
    contact
    foot
    footer
    footnote
    gdpr
    masthead
    media
    meta
    outbrain
    promo
    related
    scroll
    share
    shoutbox
    sidebar
    skyscraper
    sponsor
    shopping
    tags
    tool
    widget
    newsletter
    subscri
    recommend
    byline
    caption
    credit
  `.source,
  "",
);
const UNLIKELY_ROLES = new Set([
  "menu",
  "menubar",
  "complementary",
  "navigation",
  "alert",
  "alertdialog",
  "dialog",
  "banner",
  "contentinfo",
  "search",
]);

/** Hidden from readers, so not part of what they read. */
export function isHidden(el: Element): boolean {
  if (attr(el, "hidden") !== null) return true;
  if (attr(el, "aria-hidden") === "true" && el.name !== "body") return true;
  const style = attr(el, "style");
  return !!style && /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

/** A page element that by its class, id or role is the site's furniture, not the article. */
export function isUnlikely(el: Element): boolean {
  if (el.name === "body" || el.name === "a" || el.name === "html" || el.name === "article" || el.name === "main")
    return false;
  const role = attr(el, "role");
  if (role && UNLIKELY_ROLES.has(role)) return true;
  const ci = classAndId(el);
  return ci.length > 0 && UNLIKELY.test(ci) && !MAYBE.test(ci);
}

/** Readability's class weight: article-like names count for, furniture-like names against. */
export function classWeight(el: Element): number {
  let w = 0;
  const c = el.attribs.class?.toLowerCase();
  const id = el.attribs.id?.toLowerCase();
  if (c) {
    if (NEGATIVE.test(c)) w -= 25;
    if (POSITIVE.test(c)) w += 25;
  }
  if (id) {
    if (NEGATIVE.test(id)) w -= 25;
    if (POSITIVE.test(id)) w += 25;
  }
  return w;
}

/** Words of a site's interface, not of an article: a block that is only these is dropped. */
export const INTERFACE = new RegExp(
  either`
    ^${furnitureLines}$
  `.source,
  "i",
);

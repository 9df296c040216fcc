// The words the place stages read around a name: what joins the words of a name, what kind of
// place a word says, what introduces a place, what opens a sentence without naming anyone.
import { words } from "../text/pattern.js";
import { either, oneOf } from "../text/pattern.js";
import { MONTHS, WEEKDAYS } from "../text/calendar.js";

/** Articles and particles inside names: "Ain al-Asad", "Rio de Janeiro", "Shakhta imeni Gagarina". */
export const CONNECTORS = new Set([
  "al",
  "el",
  "ad",
  "ar",
  "as",
  "an",
  "at",
  "ash",
  "ez",
  "az",
  "es",
  "ed",
  "ul",
  "dos",
  "das",
  "los",
  "las",
  "des",
  "e",
  "de",
  "del",
  "da",
  "di",
  "du",
  "la",
  "le",
  "of",
  "bin",
  "ibn",
  "abu",
  "van",
  "von",
  "y",
  "imeni",
]);
export const GENERIC = new Set([
  "province",
  "governorate",
  "region",
  "state",
  "district",
  "city",
  "town",
  "village",
  "county",
  "prefecture",
  "oblast",
  "department",
  "municipality",
  "upazila",
  "tehsil",
  "taluka",
  "taluk",
  "air",
  "base",
  "airport",
  "airbase",
  "camp",
]);
// Not "of" or "and": they join the words of organisations' names ("Federation of Used Car Dealers").
export const LOCATIVE = new Set([
  "in",
  "at",
  "near",
  "outside",
  "around",
  "across",
  "into",
  "to",
  "from",
  "on",
  "toward",
  "towards",
  "inside",
  "within",
  "between",
  "through",
  "throughout",
  "western",
  "eastern",
  "northern",
  "southern",
  "central",
  "downtown",
]);
/** Capitalised words that open a sentence without naming anyone: "Yesterday Baghdad was quiet." */
const openerWords = oneOf`
  yesterday
  today
  tonight
  earlier
  later
  overnight
  photo
  image
  video
  residents
  police
  officials
  witnesses
  troops
  soldiers
  protesters
`;
export const OPENERS = new RegExp(`^(?:${[...openerWords.alternatives, ...WEEKDAYS, ...MONTHS].join("|")})$`, "i");

/** A town's generic words: "Pauk Taw village" is said to be a town. */
export const TOWN_SUFFIX = new Set(["city", "town", "village"]);

/** After a name, words that make it no place: a street, a shop, a party, a currency, a paper, a club. */
export const ABBREVIATION = /^(?:St|Ste|Mt|Ft|Pt|Sta|Sto|Sv)$/;
const STREETS = "square|street|avenue|boulevard|roundabout|lane|alley";
const newspapers = oneOf`
  Post
  Times
  Herald
  Tribune
  Journal
  Gazette
  Chronicle
  Examiner
  Telegraph
  Observer
  Courier
  Inquirer
  Daily News
`;
export const NEWSPAPER_AFTER = new RegExp(either`^\s+${newspapers}\b`.source);
export const CURRENCY_AFTER = /^\s+dollars?\b/i;
export const CLUB_AFTER = /^\s+(?:fans?|supporters|striker|defender|midfielder|goalkeeper|manager|F\.?C\.?)\b/;
export const PEOPLES = /^\s+People['’]s\b/;
export const SHOP_AFTER =
  /^['’]s(?:\s+(?:in|at|on|near|restaurant|store|shop|outlet|branch|headquarters|offices?)\b|\s*[,.;)])/;
export const STREET_AFTER = new RegExp(`^\\s+(?:${STREETS})s?\\b`, "i");
export const STREET_LAST = new RegExp(`^(?:${STREETS})$`);

/** Words that are never part of a name, though text in capitals writes them so ("THE ARMY ATTACKED ... NEAR"). */
export const FUNCTION_WORDS = new Set(
  words`
    the
    a
    an
    and
    or
    but
    of
    in
    at
    on
    to
    from
    by
    with
    near
    for
    as
    into
    onto
    over
    under
    after
    before
    since
    during
    between
    against
    across
    around
    outside
    inside
    through
    is
    are
    was
    were
    be
    been
    has
    have
    had
    will
    would
    it
    its
    they
    their
    he
    his
    she
    her
    we
    our
    this
    that
    these
    those
    who
    which
    said
    says
    also
    not
    no
  `.alternatives,
);

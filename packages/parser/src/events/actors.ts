import type { Actor, ActorKind, ActorRole } from "@sitrep/schema";
import type { Gazetteer } from "../places/gazetteer.js";
import { anyOf } from "../text/any-of.js";
import { execAll } from "../text/exec-all.js";

export interface ActorMention {
  start: number;
  end: number;
  text: string;
  name: string;
  kind: ActorKind;
  country: string | null;
}

/** Named groups news mentions often, with ACLED's kind. Extend as articles need. */
const GROUPS: Array<[RegExp, string, ActorKind, string | null]> = [
  [
    /\b(?:Popular Mobili[sz]ation (?:Forces|Units)|PMF|PMU|Hashd al-Shaabi)\b/g,
    "Popular Mobilisation Forces",
    "state_forces",
    "IQ",
  ],
  [/\b(?:Islamic State(?: group)?|ISIS|ISIL|IS|Daesh)\b/g, "Islamic State", "rebel_group", null],
  [/\b(?:al-Shabaab|al-Shabab|Al Shabaab)\b/g, "Al Shabaab", "rebel_group", "SO"],
  [/\bBoko Haram\b/g, "Boko Haram", "rebel_group", "NG"],
  [/\bTaliban\b/g, "Taliban", "rebel_group", "AF"],
  [/\bHezbollah\b/g, "Hezbollah", "political_militia", "LB"],
  [/\bHamas\b/g, "Hamas", "rebel_group", "PS"],
  [/\bHouthis?\b|\bAnsar Allah\b/g, "Houthis (Ansar Allah)", "rebel_group", "YE"],
  [/\bal-Qaeda\b|\bAl Qaeda\b/g, "Al Qaeda", "rebel_group", null],
  [/\bKataib Hezbollah\b/g, "Kataib Hezbollah", "political_militia", "IQ"],
  [/\bWagner(?: Group)?\b/g, "Wagner Group", "external_forces", "RU"],
  // Groups of one country's war: where they fight says where the event was, when the text names no place.
  [
    /\b(?:NAF|DPR|LPR|Donbass People's Militia|(?:Donetsk|Luhansk) People's (?:Republic|Militia))\b/g,
    "NAF: United Armed Forces of Novorossiya",
    "rebel_group",
    "UA",
  ],
  [/\b(?:QSD|SDF|Syrian Democratic Forces)\b/g, "QSD: Syrian Democratic Forces", "rebel_group", "SY"],
  [/\b(?:Hayat Tahrir al-Sham|HTS)\b/g, "Hayat Tahrir al-Sham", "rebel_group", "SY"],
  [/\b(?:NPA|New People's Army)\b/g, "NPA: New People's Army", "rebel_group", "PH"],
  [
    /\b(?:TNLA|Ta'ang National Liberation Army|KIA|Kachin Independence Army|Arakan Army|People's Defen[cs]e Forces?|PDF)\b/g,
    "Myanmar armed resistance",
    "rebel_group",
    "MM",
  ],
  [/\b(?:FARC|ELN|Clan del Golfo|Gulf Clan)\b/g, "Colombian armed group", "rebel_group", "CO"],
  [/\bM23\b/g, "M23: March 23 Movement", "rebel_group", "CD"],
  [
    /\b(?:JNIM|Group for Support of Islam and Muslims)\b/g,
    "JNIM: Group for Support of Islam and Muslims",
    "rebel_group",
    null,
  ],
  [/\b(?:ISWAP|Islamic State West Africa Province)\b/g, "Islamic State West Africa Province", "rebel_group", null],
  [
    /\b(?:anti-IS|anti-ISIS|US-led|international|Saudi-led|Arab) coalition\b|\bcoalition (?:forces|troops|aircraft|warplanes)\b/gi,
    "US-led Coalition",
    "external_forces",
    null,
  ],
];

const FORCE =
  "forces|troops|soldiers|army|military|police|policemen|security forces|navy|air force|warplanes|jets|aircraft|drones|border guards|gendarmes|gendarmerie|personnel|servicemen|marines|commandos|units";
const GENERIC: Array<[RegExp, string, ActorKind]> = [
  [
    /\b(?:unidentified|unknown|armed) (?:gunmen|assailants|attackers|men|militants|group)\b|\bgunmen\b|\bassailants\b/gi,
    "Unidentified Armed Group",
    "unknown",
  ],
  [/\b(?:militants?|insurgents?|jihadists?|rebels?|terrorists?)\b/gi, "Militants", "rebel_group"],
  [/\b(?:militias?|militiam[ae]n)\b/gi, "Militia", "political_militia"],
  // Gangs and cartels are armed groups as ACLED codes them (political militias), not civilians.
  [
    /\b(?:gang members?|gangs?|gangsters?|cartels?|cartel members?|drug traffick(?:ers?|ing groups?)|drug dealers?|criminal groups?|bandits?|dahalo)\b/gi,
    "Gang",
    "political_militia",
  ],
  [
    /\b(?:a |an |the )?(?:policem[ae]n|police officers?|soldiers?|guards?|servicem[ae]n|commanders?|officers?|troops?)\b/gi,
    "State forces",
    "state_forces",
  ],
  [/\b(?:protesters|demonstrators|marchers)\b/gi, "Protesters", "protesters"],
  [/\b(?:rioters|mob)\b/gi, "Rioters", "rioters"],
  [
    /\b(?:civilians?|villagers?|residents?|farmers?|herders?|students?|children|women|a man|a woman|worshippers|journalists?|passengers)\b/gi,
    "Civilians",
    "civilians",
  ],
];

/**
 * Actors named in one sentence: state forces ("Iraqi forces", "Iraq's military", "US troops"),
 * known groups, and generic parties (gunmen, protesters, civilians). The kind follows ACLED:
 * another state's forces are external forces where the event's country is known.
 */
/** "a US military base", "an army checkpoint": the force names a place or thing, not an actor. */
const ATTRIBUTIVE =
  /^\s+(?:base|bases|camp|camps|convoy|convoys|vehicles?|patrols?|posts?|checkpoints?|facility|facilities|installations?|airport|airfield|compound|headquarters|positions?|sites?|barracks|academy|hospital|court|officials?|sources?|spokes(?:man|woman|person)|statement|presence|operations?|commander|chief)\b/i;

const STATE_FORCE = new RegExp(
  `\\b((?:the\\s+)?([\\p{Lu}][\\p{L}.]+)(?:['’]s)?)\\s+(?:[a-z]+\\s+)?(${FORCE})\\b`,
  "gu",
);
const ACCUSED = /\b(?:blam(?:ed|es|ing)|accus(?:ed|es|ing)|held)\s+([\p{Lu}][\p{L}]+(?:\s+[\p{Lu}][\p{L}]+)?)/gu;
const BARE_FORCE = new RegExp(`\\b(?:security |government |armed )?(?:${FORCE})\\b`, "gi");

// One test of every name first, per case rule: most sentences name none of the groups, and two
// dozen scans of a sentence that finds nothing cost more than the rest of this stage.
const NAMED_GROUP = anyOf(GROUPS.filter(([re]) => !re.ignoreCase).map(([re]) => re));
const NAMED_GROUP_ANY_CASE = anyOf(
  GROUPS.filter(([re]) => re.ignoreCase).map(([re]) => re),
  "i",
);
const GENERIC_ACTOR = anyOf(
  GENERIC.map(([re]) => re),
  "i",
);

export function findActors(text: string, gaz: Gazetteer): ActorMention[] {
  const out: ActorMention[] = [];
  const add = (a: ActorMention) => {
    if (ATTRIBUTIVE.test(text.slice(a.end, a.end + 20))) return;
    if (!out.some((o) => a.start < o.end && a.end > o.start)) out.push(a);
  };
  const named = NAMED_GROUP.test(text);
  const namedAnyCase = NAMED_GROUP_ANY_CASE.test(text);
  for (const [re, name, kind, country] of GROUPS) {
    if (!(re.ignoreCase ? namedAnyCase : named)) continue;
    for (const m of execAll(re, text))
      add({ start: m.index, end: m.index + m[0].length, text: m[0], name, kind, country });
  }
  for (const m of execAll(STATE_FORCE, text)) {
    const iso2 = gaz.countryByWord(m[2]!.replace(/\.$/, ""));
    if (!iso2) continue;
    const country = gaz.country(iso2)?.name ?? iso2;
    const force = m[3]!.toLowerCase();
    const name = /police|policemen|gendarm/.test(force)
      ? `Police Forces of ${country}`
      : `Military Forces of ${country}`;
    add({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0].replace(/^the\s+/i, ""),
      name,
      kind: "state_forces",
      country: iso2,
    });
  }
  // "blamed Israel", "accused Iran of": a state named as a party to an accusation.
  for (const m of execAll(ACCUSED, text)) {
    const iso2 = gaz.countryByWord(m[1]!);
    if (!iso2) continue;
    const start = m.index + m[0].length - m[1]!.length;
    add({
      start,
      end: start + m[1]!.length,
      text: m[1]!,
      name: `Military Forces of ${gaz.country(iso2)?.name ?? m[1]}`,
      kind: "state_forces",
      country: iso2,
    });
  }
  for (const m of execAll(BARE_FORCE, text)) {
    add({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      name: "State forces",
      kind: "state_forces",
      country: null,
    });
  }
  if (GENERIC_ACTOR.test(text)) {
    for (const [re, name, kind] of GENERIC) {
      for (const m of execAll(re, text))
        add({ start: m.index, end: m.index + m[0].length, text: m[0], name, kind, country: null });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The role of each actor relative to the event's trigger: before an active verb the doer,
 * after it the target; in the passive ("was struck by") the other way round.
 */
export function assignRoles(
  actors: ActorMention[],
  trigger: {
    start: number;
    end: number;
    passive: boolean;
    verbRole: "violence" | "arrest" | "protest" | "response" | "accusation" | "statement" | "other";
  },
  text: string,
): Actor[] {
  return actors.map((a) => {
    // "a base hosting US troops": whoever the place holds is on the receiving end.
    const held = /\b(?:hosting|housing|holding|with|carrying|of)\s+(?:the\s+)?$/i.test(
      text.slice(Math.max(0, a.start - 12), a.start),
    );
    if (held && (trigger.verbRole === "violence" || trigger.verbRole === "response")) {
      return {
        name: a.name,
        text: a.text,
        role: a.kind === "civilians" ? "victim" : "target",
        kind: a.kind,
        country: a.country,
      };
    }
    const before = a.end <= trigger.start;
    const afterBy = /\bby\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, a.start - 8), a.start));
    let role: ActorRole;
    switch (trigger.verbRole) {
      case "protest":
        role = a.kind === "protesters" || before ? "protester" : "responder";
        break;
      case "arrest":
        role = (trigger.passive ? afterBy : before) ? "detainer" : "detainee";
        break;
      case "response":
        role = before || a.kind === "state_forces" ? "responder" : "target";
        break;
      case "accusation":
        role = before ? "accuser" : "accused";
        break;
      case "statement":
        role = "speaker";
        break;
      default: {
        const doer = trigger.passive ? afterBy : before && !afterBy;
        role = doer ? "perpetrator" : a.kind === "civilians" ? "victim" : "target";
      }
    }
    return { name: a.name, text: a.text, role, kind: a.kind, country: a.country };
  });
}

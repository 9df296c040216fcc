import type { EventTypeName, Stage, SubEventTypeName, WeaponKind } from "@sitrep/schema";
import { anyOf } from "../text/any-of.js";
import { execAll } from "../text/exec-all.js";
import { wordsRequiredByAny } from "../text/required-literals.js";
import type { WeaponMention } from "./weapons.js";

export type VerbRole = "violence" | "arrest" | "protest" | "response" | "accusation" | "statement" | "other";

export interface Trigger {
  eventType: EventTypeName;
  subEventType: SubEventTypeName;
  stage: Stage;
  /** Where the trigger word is in the sentence. */
  start: number;
  end: number;
  passive: boolean;
  verbRole: VerbRole;
  /** The sentence names its event as known already ("the missiles", "the strikes"). */
  anaphoric: boolean;
  /** The event answers another ("forces responded to the attack"): a new event in the other's place and time. */
  response: boolean;
  /** Typed by a generic verb only ("attacked", "killed"): a later, specific report may refine it. */
  generic: boolean;
}

/** A trigger that no rule's verb decides the roles of: it happened, actively, as typed. */
export function plainTrigger(
  eventType: EventTypeName,
  subEventType: SubEventTypeName,
  verbRole: VerbRole,
  at: { start: number; end: number },
  flags: Partial<Pick<Trigger, "anaphoric" | "generic">> = {},
): Trigger {
  return {
    eventType,
    subEventType,
    stage: "happened",
    start: at.start,
    end: at.end,
    passive: false,
    verbRole,
    anaphoric: flags.anaphoric ?? false,
    response: false,
    generic: flags.generic ?? false,
  };
}

interface Rule {
  re: RegExp;
  type: EventTypeName;
  sub: SubEventTypeName;
  role: VerbRole;
}

/** What is destroyed, burned or looted in a report of property destruction. */
const PROPERTY =
  "(?:houses?|homes?|vehicles?|trucks?|cars?|buses?|buildings?|shops?|stores?|schools?|offices?|churches?|mosques?|property|properties|machinery|equipment|crops?|farms?|huts?|market|stalls?|facilities|warehouses?|plantations?|premises|dwellings?|shelters?|tents?|kiosks?|antennas?|towers?|pylons?|bridges?|motorcycles?|tricycles?|hideouts?|camps?|trees|sheds?|containers?|installations?|poles?|clinics?|butcher(?:y|ies)|businesses|factories|factory|classrooms?|settlements?|branch(?:es)?)";

/** Two armed sides engaged; read before other rules in a sentence that says so (see ENGAGED). */
const ARMED_CLASH: Rule = {
  re: /\b(?:clash(?:ed|es)?|fighting|fought|battles?|gun ?battles?|shoot-?outs?|exchanged fire|exchanges? of fire|bursts? of fire|small[- ]arms fire|firefights?|(?:observed|recorded|heard|monitored)\b[^.;]{0,40}\b(?:shots|gunfire|gunshots)|ambush(?:ed)?|skirmish(?:es)?|offensive|launched an? (?:\w+\s+)?assault|engaged)\b/i,
  type: "Battles",
  sub: "Armed clash",
  role: "violence",
};

// Order matters: the first rule that matches a sentence types it, so specific before general.
const RULES: Rule[] = [
  {
    re: /\b(?:excessive force|live (?:ammunition|fire|rounds)|opened fire|shot dead|killed|killing)\b[^.]{0,60}\b(?:protesters|demonstrators|marchers)\b|\b(?:protesters|demonstrators)\b[^.]{0,40}\b(?:were|was) (?:shot dead|killed)\b/i,
    type: "Protests",
    sub: "Excessive force against protesters",
    role: "protest",
  },
  {
    re: /\b(?:protesters|demonstrators|protest|rally|march)\b[^.]{0,80}\b(?:tear ?gas|water cannons?|rubber bullets|dispersed|batons?|stun grenades)\b|\b(?:tear ?gas|water cannons?|rubber bullets|dispersed)\b[^.]{0,80}\b(?:protesters|demonstrators|protest|rally|crowd)\b|\b(?:police|security forces|gendarmes|authorities|soldiers|officers)\s+(?:\w+\s+){0,2}(?:intervened|dispersed|broke up|arrested|detained|beat|clashed with|pushed back|removed|evicted)\b[^.]{0,60}\b(?:protesters|demonstrators|protest|rally|march|strikers|participants|crowd|them)\b|\b(?:protesters|demonstrators|strikers|participants)\s+(?:were|was)\s+(?:\w+\s+){0,2}(?:arrested|detained|dispersed|beaten)\b/i,
    type: "Protests",
    sub: "Protest with intervention",
    role: "protest",
  },
  {
    re: /\b(?:rioters|rioted|riots?|rioting)\b|\b(?:protesters|demonstrators)\b[^.]{0,60}\b(?:torched|set fire|threw (?:stones|rocks|petrol bombs|bottles|fireworks|pyrotechnics|molotov cocktails)|vandali[sz]ed|clashed with)\b|\b(?:erected|set up|mounted|built|burn(?:ed|t|ing)?)\s+(?:\w+\s+){0,2}(?:barricades|blockades)\b|\bburn(?:ed|t|ing)\s+(?:of\s+)?(?:tyres|tires|debris|obstacles)\b|\bbarricades of burning\b|\bsetting\s+(?:\w+\s+){0,2}(?:on fire|ablaze)\s+to (?:demonstrate|protest)\b|\bblocked\b[^.]{0,40}\b(?:by setting|with burning)\b/i,
    type: "Riots",
    sub: "Violent demonstration",
    role: "protest",
  },
  // Lower case "lynched": "Lynch" is also a surname (Attorney General Loretta Lynch).
  {
    re: /\b(?:[Mm]obs?|MOBS?|lynch(?:ed|ing)?|LYNCH(?:ED|ING)?|[Vv]igilantes?)\b/,
    type: "Riots",
    sub: "Mob violence",
    role: "violence",
  },
  // Stones thrown by people who are not an armed group: a mob, unless they were protesting (above).
  {
    re: /\b(?:pelt(?:ed|ing)?|hurl(?:ed|ing)?|thr(?:ew|own|owing)|threw)\s+(?:\w+\s+){0,2}(?:stones|rocks|bricks|bottles|petrol bombs|molotov cocktails)\b|\bstone[- ]pelting\b/i,
    type: "Riots",
    sub: "Mob violence",
    role: "violence",
  },
  {
    re: /\b(?:protest(?:ed|ers|s|ing)?|demonstrat(?:e|es|ion|ions|ors|ed|ing)|rall(?:y|ies|ied)|march(?:ed|es|ing)|sit-ins?|(?:general|labou?r|workers'?|hunger) strikes?|strike action|went on strike|on strike|picket(?:ed|s)?|boycott(?:ed)?|blocked\b[^.]{0,50}\b(?:road|roads|highway|street|streets|avenue|bridge|access|route|entrance|entrances|railway|railroad|rail line|tracks|roundabout|junction|intersection|crossroads|parking lot|car park|gates?)|\b(?:to demand|demanding that|demanding the|to protest|to denounce|to reject|to condemn)\b|(?:gathered|assembled|convened|congregated|lined|walked|paraded|drove)\b(?:[^.]|\.(?= )){0,220}?\b(?:to|in order to)\s+(?:demand|protest|denounce|call\b|urge|reject|condemn|express|show|voice|oppose|support|promote|press|highlight|draw attention|commemorate|mark|honou?r|celebrate|raise awareness|defend|mourn|hold a (?:vigil|rally|mourning|protest|sit-in)|pay (?:tribute|homage)|remember)|(?:occupied|closed|blockaded|barricaded)\b[^.]{0,80}\bto (?:call|demand|protest|denounce|oppose|press|urge|reject)|took to the streets|\bto block (?:the )?(?:access|road|roads|entrance|highway|traffic)|\bstriking (?:[\w-]+\s+){0,3}(?:workers|employees|staff|teachers|drivers|doctors|nurses)|\b(?:workers|employees|retirees|teachers|residents|farmers|students|drivers)\b[^.]{0,60}\bdemand(?:ed)? (?:the|a|an|that|their|better|higher|more)\b|\bslowed (?:down )?(?:the )?traffic|go-slow|(?:torchlight|candlelight|torch) (?:procession|march|rally|vigil)s?|\bas (?:a )?part of (?:a |the )?(?:[\w'’-]+\s+){0,3}(?:demonstrations?|protests?|protest movement)|(?:gathered|assembled|rallied|walked|drove|paraded)\b(?:[^.]|\.(?= |[A-Z]\.)){0,140}?\b(?:against|in support of|in favou?r of|in solidarity with|in protest|denouncing|demanding|urging|calling (?:on|for)|and (?:demanded|denounced|called for|urged))|(?:with|displayed|holding|carrying|unfurled|raised|dropped|hung) (?:a |some |their )?(?:banners?|placards?)|vigils?|(?:a|an) sit in|human chains?|,\s+demanding\b|staged (?:a |an )?(?:[\w'’-]+\s+){0,8}['‘"“]?(?:march|protest|rally|demonstration|walkout|sit-in))\b/i,
    type: "Protests",
    sub: "Peaceful protest",
    role: "protest",
  },
  {
    re: /\b(?:chemical (?:weapons?|attack)|chlorine|sarin|mustard gas|nerve agent)\b/i,
    type: "Explosions/Remote violence",
    sub: "Chemical weapon",
    role: "violence",
  },
  // A crewed aircraft brought down is a battle, not a weapon seized.
  {
    re: /\b(?:shot down|downed) (?:a |an |the |two |three )?(?:[\w-]+\s+){0,2}(?:helicopters?|planes?|jets?|aircraft|warplanes?|fighter jets?|bombers?)\b/i,
    type: "Battles",
    sub: "Armed clash",
    role: "violence",
  },
  // A column or a convoy destroyed, forces fired on from positions: two armed sides engaged.
  {
    re: /\bdestroyed (?:a |an |the )?(?:[\w-]+\s+){0,2}(?:columns?|convoys?|tanks?|armou?red vehicles?|positions?)\b|\bfired from (?:their |its )?positions\b/i,
    type: "Battles",
    sub: "Armed clash",
    role: "violence",
  },
  {
    re: /\b(?:seized|confiscated|defused|dismantled|intercepted|shot down|downed|foiled|thwarted|recovered|impounded|found)\b/i,
    type: "Strategic developments",
    sub: "Disrupted weapons use",
    role: "other",
  },
  {
    re: /\b(?:suicide (?:bomb(?:er|ers|s|ing|ings)?|attack(?:er|ers|s)?|vests?|belts?))\b/i,
    type: "Explosions/Remote violence",
    sub: "Suicide bomb",
    role: "violence",
  },
  {
    re: /\b(?:air ?strikes?|air raids?|drone (?:strikes?|attacks?)|drones?|warplanes?|fighter jets?|bombed from the air|aerial (?:bombardments?|attacks?)|helicopter gunships?|(?:air forces?|aircraft|warplanes|jets|planes)\s+(?:\w+\s+){0,2}bombed)\b/i,
    type: "Explosions/Remote violence",
    sub: "Air/drone strike",
    role: "violence",
  },
  {
    re: /\b(?:rockets?|missiles?|mortars?|shell(?:s|ed|ing)|artillery|katyushas?|howitzers?|RPGs?|projectiles?|cluster munitions?)\b/i,
    type: "Explosions/Remote violence",
    sub: "Shelling/artillery/missile attack",
    role: "violence",
  },
  {
    re: /\b(?:improvised explosive devices?|IEDs?|roadside bombs?|explosive devices?|land ?mines?|car bombs?|landmine|(?:bomb|explosion|blast|device|object|charge)s? (?:went off|exploded|detonated|ripped)|detonated (?:a |an |the )?(?:[\w-]+\s+){0,2}(?:antennas?|towers?|pylons?|bridges?|buildings?|vehicles?)|bombings?|bombs?|bombed|explosions?|blasts?)\b/i,
    type: "Explosions/Remote violence",
    sub: "Remote explosive/landmine/IED",
    role: "violence",
  },
  { re: /\bgrenades?\b/i, type: "Explosions/Remote violence", sub: "Grenade", role: "violence" },
  {
    re: /\b(?:accus(?:ed|es|ing)|blam(?:ed|es|ing)|held responsible)\b/i,
    type: "Accusation",
    sub: "Accusation",
    role: "accusation",
  },
  // A strike with no weapon named ("mystery strikes", "in a strike that killed") is from the air.
  {
    re: /\b(?:(?:mystery|precision|targeted|retaliatory|israeli|american|us|russian|turkish) )?strikes?\b/i,
    type: "Explosions/Remote violence",
    sub: "Air/drone strike",
    role: "violence",
  },
  // Lower case only: "a march" is a protest, "in March" a month.
  {
    re: /\b(?:a|the|peaceful|protest|silent|solidarity) march\b|\b(?:held|staged|organi[sz]ed|took out|led|joined) (?:a |an |the )(?:[\w-]+\s+){0,3}march\b/,
    type: "Protests",
    sub: "Peaceful protest",
    role: "protest",
  },
  {
    re: /\b(?:recaptured|retook|regain(?:s|ed)?(?: all| full)? (?:control|territory)|regains|liberated|re-?took control)\b/i,
    type: "Battles",
    sub: "Government regains territory",
    role: "violence",
  },
  {
    re: /\b(?:overran|seized control|took control|taking control|took over (?:the )?(?:town|city|village|district|area|positions?)|captured the (?:town|city|village|district)|fell to)\b/i,
    type: "Battles",
    sub: "Non-state actor overtakes territory",
    role: "violence",
  },
  ARMED_CLASH,
  {
    re: /\b(?:abduct(?:ed|ion|s)?|kidnapp?(?:ed|ing|s)?|hostages?|forcibly disappeared|taken away by (?:an? )?(?:unidentified|unknown|armed|masked) (?:\w+\s+)?(?:group|men|gunmen|individuals|persons))\b/i,
    type: "Violence against civilians",
    sub: "Abduction/forced disappearance",
    role: "violence",
  },
  {
    re: /\b(?:rap(?:ed|e|es|ing)|sexual(?:ly)? (?:assault(?:ed)?|violence|abuse))\b/i,
    type: "Violence against civilians",
    sub: "Sexual violence",
    role: "violence",
  },
  {
    re: /\b(?:arrest(?:ed|s|ing)?|detain(?:ed|s|ing)?|apprehended|rounded up|taken into custody|in custody|taken away by (?:the )?(?:police|security forces|soldiers|officers|authorities)|(?:intercepted|held|detained) (?:[\w,-]+\s+){0,4}(?:illegal |irregular )?migrants|intercepted (?:a |an )?(?:boat|vessel|dinghy))\b/i,
    type: "Strategic developments",
    sub: "Arrests",
    role: "arrest",
  },
  {
    re: new RegExp(
      `\\b(?:set fire to|set ablaze|torched|burn(?:ed|t) down|burn(?:ed|t)|vandali[sz]ed|destroyed|demolished|dismantled|uprooted|razed|looted|ransacked)\\s+(?:[\\w'’-]+\\s+){0,5}${PROPERTY}\\b|\\b${PROPERTY}\\s+(?:were|was|had been|have been)\\s+(?:\\w+\\s+)?(?:destroyed|demolished|torched|burned|burnt|set ablaze|razed|looted|vandali[sz]ed)\\b|\\bset\\s+(?:[\\w'’-]+\\s+){1,7}(?:ablaze|alight|on fire)\\b|\\bsabotag(?:ed|ing)\\b|\\bburn(?:ed|t) down\\b|\\bbulldoz(?:ed|ing)\\b|\\brazing\\b|\\b(?:were|was|been) (?:\\w+\\s+)?(?:destroyed|demolished|razed|torched|set ablaze)\\b`,
      "i",
    ),
    type: "Strategic developments",
    sub: "Looting/property destruction",
    role: "violence",
  },
  // Not the figures of speech of sport, markets and politics: "his best shot", "the pound hit a
  // 31-year low", "hit out at critics", "hard to beat Nico".
  {
    re: /\b(?:killed|(?<!\b(?:best|good|big|long|parting|first|title|free|penalty) )shot(?! at (?:the )?(?:title|glory|redemption|winning|victory|history))|stabbed|hacked|beheaded|executed|murdered|gunned down|massacred|beat(?:en)?|tortured|dragged (?:[\w'’-]+\s+){1,8}out of|attack(?:ed|s|ing)?|targeted|struck|hit(?! out\b| (?:a |an |the )?(?:[\w-]+ )?(?:low|lows|high|highs|record|records|peak|milestone|headlines|shelves|jackpot|the right notes)\b)|raided|torched|burned|assault(?:ed|ing)|beat up|opened fire|fired (?:\w+\s+){0,2}(?:shots|rounds|bullets|canisters)|(?:fired|(?<!\b(?:best|good|big|long|parting|first|title|free|penalty) )shot) (?:at|on|upon|towards)|shooting|gunfire|gunshots)\b/i,
    type: "Violence against civilians",
    sub: "Attack",
    role: "violence",
  },
  {
    re: /\b(?:looted|looting|ransacked|vandali[sz]ed|demolished|razed|molotov cocktails?|petrol bombs?)\b/i,
    type: "Strategic developments",
    sub: "Looting/property destruction",
    role: "violence",
  },
  {
    re: /\b(?:ceasefire|cease-fire|truce|peace (?:deal|agreement|accord)|signed an agreement|agreed to|prisoner (?:swap|exchange)|held (?:the |a |an )?(?:[\w-]+\s+){0,2}peace talks?|surrender(?:ed|s)?|laid down (?:their|his) (?:arms|weapons)|laying down (?:their|his) (?:arms|weapons))\b/i,
    type: "Strategic developments",
    sub: "Agreement",
    role: "other",
  },
  {
    re: /\b(?:forced to flee|forced (?:\S+\s+){0,10}to (?:move out|leave their|flee|relocate)|displaced by|fled (?:their|the) (?:homes?|village|villages|town|area)|were displaced|displaced (?:\w+\s+){0,3}(?:people|families|residents|villagers)|refugees (?:from \w+ )?(?:arrived|entered|crossed)|were evacuated|expul(?:sion|sions) of|expelled (?:\w+\s+){0,3}diplomats|diplomats (?:left|were expelled)|(?:cut|shut) (?:off|down) (?:the )?(?:internet|mobile|phone|telecommunications)|held (?:\w+\s+){0,2}elections)\b/i,
    type: "Strategic developments",
    sub: "Other",
    role: "other",
  },
  // Movements of armed forces, as ACLED codes them: patrols, convoys, redeployments, defections.
  {
    re: /\b(?:(?:military|army|police|coalition|forces'?) (?:patrols?|convoys?)|patrol (?:took place|was conducted)|conducted (?:a |several )?patrols?|(?:observed|seen|spotted) patrolling|carried out patrolling|(?:were|was) (?:moved|redeployed|relocated) to|defected|(?:established|set up|erected) (?:\w+\s+){0,3}checkpoints?|(?:military|joint|live-fire|combat) (?:exercises?|drills?|training)|military training)\b/i,
    type: "Strategic developments",
    sub: "Change to group/activity",
    role: "other",
  },
  {
    re: new RegExp(`\\b(?:sealed off|seized (?:[\\w'’,-]+\\s+){0,4}(?:${PROPERTY}|lands?))\\b`, "i"),
    type: "Strategic developments",
    sub: "Looting/property destruction",
    role: "other",
  },
  {
    re: /\b(?:established|set up|opened) (?:a |an |its |their )?(?:new )?(?:base|headquarters|camp|outpost|office)\b/i,
    type: "Strategic developments",
    sub: "Headquarters or base established",
    role: "other",
  },
  {
    re: /\b(?:handed over|withdrew from|pulled out of) (?:the )?(?:town|city|village|area|district|territory)\b/i,
    type: "Strategic developments",
    sub: "Non-violent transfer of territory",
    role: "other",
  },
  { re: /\b(?:claimed responsibility)\b/i, type: "Statement", sub: "Claim of responsibility", role: "statement" },
  {
    re: /\b(?:threaten(?:ed|s)|vow(?:ed|s) to|warned (?:of|that)[^.]{0,60}\b(?:would|will)|warned (?:[\w-]+\s+){1,6}to (?:stop|cease|leave|end))\b/i,
    type: "Statement",
    sub: "Threat",
    role: "statement",
  },
  {
    re: /\b(?:deploy(?:ed|s|ing)|sent (?:troops|reinforcements|soldiers)|dispatched|transferred (?:[\w-]+\s+){0,6}(?:soldiers|troops|fighters|reinforcements)|(?:carrying|transporting) (?:[\w-]+\s+){0,4}military vehicles)\b/i,
    type: "Deployment",
    sub: "Troop deployment",
    role: "other",
  },
  {
    re: /\b(?:withdr(?:ew|awn)|pulled out|completed (?:the|its|their) withdrawal)\b/i,
    type: "Deployment",
    sub: "Troop withdrawal",
    role: "other",
  },
  { re: /\b(?:imposed sanctions|sanctioned)\b/i, type: "Decision", sub: "Sanctions", role: "other" },
  {
    re: /\b(?:sentenced|convicted|acquitted|court (?:ruled|ordered))\b/i,
    type: "Decision",
    sub: "Legal ruling",
    role: "other",
  },
];

const ATTACK_VERB =
  /\b(?:struck|strikes?|hit|hits|fired|launched|targeted|targeting|attacked|attacking|landed|pounded|shelled|bombed|slammed|exploded|detonated|killed|killing|wounded|ambushed|raided|clashed|shot|stabbed|abducted|kidnapped)\b/i;

/** Most sentences match no rule: one test of them all first, twice as fast as trying each (see anyOf). */
const ANY_RULE = anyOf(
  RULES.map((r) => r.re),
  "i",
);
/** Before it, the words the rules cannot match without, on the sentence in lower case: a seventh of its cost. */
const RULE_WORDS = wordsRequiredByAny(RULES.map((r) => r.re));

const GENERIC_ATTACK = RULES.find((r) => r.type === "Violence against civilians" && r.sub === "Attack")!;
const CROWD_RULES = RULES.findIndex((r) => r.type === "Protests" && r.sub === "Peaceful protest") + 1;
const CROWD_RES = RULES.slice(0, CROWD_RULES).map((r) => r.re);
const ENGAGED_RULES = [...RULES.slice(0, CROWD_RULES), ARMED_CLASH, ...RULES.slice(CROWD_RULES)];
const ENGAGED =
  /\b(?:clash(?:ed|es)? (?:with|between|erupted|broke out)|clashed|fighting (?:broke out|erupted)|fought (?:with|against|off)|engaged (?:in )?(?:fighting|militants|rebels|the)|shoot-?outs?|gun ?battles?|exchanged fire|exchanges? of fire|firefights?)\b/i;
const CIVILIANS =
  /\b(?:civilians?|villagers?|residents?|farmers?|herders?|students?|children|women|worshippers|passengers|a man|a woman|a boy|a girl|family|families)\b/i;

/** "said ... would/will", "announced", "pledged": a statement worth keeping when nothing else happened. */
const STATEMENT =
  /\b(?:said|says|announced|stated|declared|pledged|promised)\b[^.]{0,160}\b(?:would|will|plans? to|intends? to|is to|are to)\b|\b(?:announced|declared|pledged|promised)\b/i;

/** Words that show a trigger describes the backdrop, not something that happened. */
const BACKDROP =
  /\b(?:amid|gripped by|wave of|months of|weeks of|ongoing|continuing|remained|mass|anti-government|during)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

const DURING_ONE = /\bduring\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

const ANAPHOR =
  /\bthe\s+(?:(?:latest|same|recent|deadly|rocket|missile|drone)\s+)?(?:attacks?|strikes?|missiles?|rockets?|explosions?|blasts?|bombings?|incidents?|assaults?|operation|shelling|raids?|clashes|fighting|ambush|protests?|protesters|demonstrators|demonstrations?|march|marchers|rally|sit-in|activists|participants|crowd|strikers|attackers|gunmen|assailants|shooting|violence)\b/i;
const RESPONSE =
  /\b(?:responded to|in response to|retaliat(?:ed|ion|ing)|in retaliation|hit back|struck back|fired back|returned fire)\b/i;
const NEW_EVENT = /\b(?:also|another|separate(?:ly)?|earlier|meanwhile|several|in a second|a second)\b/i;

/** Deaths no one intended: a vehicle that crashes or derails, a boy down a well, a stampede. */
const ACCIDENT =
  /\b(?:derail(?:ed|s|ment|ing)?|(?:left|came off|jumped) the (?:tracks?|rails?|road)|(?:tram|train|bus|car|plane|aircraft|helicopter|lorry|truck|boat|ferry|vehicle|jet|minibus|coach|ship)s?\s+(?:\w+\s+){0,2}(?:crash(?:ed|es)?|overturn(?:ed|s)?|collided|capsized|sank|plunged|flipped)|(?:road|traffic|car|rail|train|tram|plane|air|boating|mining|mine|industrial|workplace|bus) (?:accidents?|crash(?:es)?|disasters?|collisions?)|crash(?:ed|es)?|collided with|head-on collision|capsiz(?:ed|es|ing)|overturn(?:ed|s)|fell (?:down|into) (?:a |an |the )?(?:[\w-]+\s+){0,2}(?:well|shaft|ravine|river|hole)|trapped (?:in|down|under) (?:a |an |the )?(?:[\w-]+\s+){0,2}(?:well|mine|rubble)|stampedes?|gas (?:leak|explosion)|(?:building|bridge|mine|dam) collapse(?:d)?|accidents?|accidentally)\b/i;
/** Nature's: earthquakes, floods, storms. */
const DISASTER =
  /\b(?:earthquakes?|quakes?|floods|flooding|flash floods?|floodwaters?|landslides?|mudslides?|hurricanes?|cyclones?|typhoons?|tornado(?:es|s)?|tsunamis?|wildfires?|forest fires?|bush ?fires?|volcanic eruptions?|droughts?|avalanches?|heatwaves?|(?:tropical|winter|severe) storms?|snowstorms?|blizzards?)\b/i;
/** Someone meant it: an accident or a disaster with an attacker in it is an attack. */
const INTENDED =
  /\b(?:gunm[ae]n|attack(?:er|ers|ed|s|ing)?|militants?|insurgents?|terror(?:ist|ists|ism)?|bomb(?:s|er|ers|ing|ings)?|explosives?|IEDs?|land ?mines?|rockets?|missiles?|mortars?|shell(?:ed|ing)|air ?strikes?|drones?|shot (?:down|dead|at)|shooting|opened fire|gunfire|ambush(?:ed)?|rebels?|deliberately|rammed|targeted|protest(?:ers|s)?|riot(?:ers|s)?|arson)\b/i;

/** Words without which neither pattern matches: most sentences are tested by this alone. */
const INCIDENT_WORD =
  /gas|crash|derail|left the|came off|jumped the|collid|collision|capsiz|overturn|accident|stampede|fell|trapped|collapse|leak|sank|plunged|flipped|quake|flood|slide|hurricane|cyclone|typhoon|tornado|tsunami|fire|volcan|drought|avalanche|heatwave|storm|blizzard/i;

function incident(text: string): { sub: SubEventTypeName; m: RegExpExecArray } | null {
  if (!INCIDENT_WORD.test(text)) return null;
  const accident = ACCIDENT.exec(text);
  const disaster = accident ? null : DISASTER.exec(text);
  const m = accident ?? disaster;
  if (!m || INTENDED.test(text)) return null;
  return { sub: accident ? "Accident" : "Disaster", m };
}

const DEPLOYED_FORCE =
  /\b(?:troops?|soldiers?|forces|force|army|military|police|policemen|officers|gendarmes?|guards?|units?|battalions?|brigades?|regiments?|divisions?|fighters|militiam[ae]n|militias?|personnel|servicem[ae]n|marines|commandos|peacekeepers|reinforcements|contingent|warships?|ships|vessels|carriers?|submarines?|aircraft|jets|warplanes|planes|helicopters|bombers|drones|tanks|armou?red|artillery|missiles?|rockets?|launchers|batter(?:y|ies)|systems?|weapons)\b/i;

const HYPOTHETICAL =
  /\b(?:could|might|may|would|if)\s+(?:\w+\s+){0,2}(?:attack|strike|hit|be)\b|\b(?:plans? to|intends? to|threat of|fear(?:s|ed)? of|risk of)\b/i;

/**
 * The event a sentence reports, typed in ACLED's taxonomy or Sitrep's own kinds, or null
 * when it reports none ("The US currently has 5,200 troops in Iraq").
 */
export function classify(text: string, weapons: WeaponMention[], next = ""): Trigger | null {
  // Most sentences report nothing: neither an incident's words nor any rule's, at most a statement.
  const accident = incident(text);
  if (!accident && ((RULE_WORDS && !RULE_WORDS.test(text.toLowerCase())) || !ANY_RULE.test(text)))
    return assembly(text, next) ?? statement(text);
  const anaphoric = ANAPHOR.test(text) && !NEW_EVENT.test(text);
  const response = RESPONSE.test(text);
  // Two sides engaged is a battle, whatever they fired ("clashes with light weapons and mortars").
  // Crowds come first: "rioters clashed with police" is a riot, "protesters clashed" a demonstration.
  const rules = ENGAGED.test(text) && !HYPOTHETICAL.test(text) ? ENGAGED_RULES : RULES;
  // Crowds first: a protest over a crash ("after a bus collision killed two") is a protest.
  const unintended = accident && !CROWD_RES.some((re) => re.test(text)) ? accident : null;
  if (unintended)
    return plainTrigger(
      "Incident",
      unintended.sub,
      "other",
      { start: unintended.m.index, end: unintended.m.index + unintended.m[0].length },
      { anaphoric },
    );
  // "burnt the party flag during a protest": a crowd's backdrop is the event when nothing else
  // is; not a state of affairs ("gripped by protests", "amid ongoing protests").
  let backdrop: Trigger | null = null;
  for (const rule of rules) {
    const onBackdrop =
      backdrop || rule.type !== "Protests"
        ? undefined
        : (seen: RegExpExecArray) => {
            if (!backdrop && DURING_ONE.test(text.slice(Math.max(0, seen.index - 40), seen.index))) {
              backdrop = plainTrigger(rule.type, rule.sub, rule.role, {
                start: seen.index,
                end: seen.index + seen[0].length,
              });
            }
          };
    const m = firstLiveMatch(rule.re, text, onBackdrop);
    if (!m) continue;
    // Seizing or finding is disrupted weapons use only when weapons are what was seized.
    if (
      rule.sub === "Disrupted weapons use" &&
      weapons.length === 0 &&
      !/\b(?:weapons?|arms|ammunition|explosives?|munitions)\b/i.test(text)
    )
      continue;
    // What is deployed is armed: "the safety car is deployed" and "deployed the airbags" are not troops.
    if (rule.type === "Deployment" && !DEPLOYED_FORCE.test(text)) continue;
    if (rule.role === "violence" && HYPOTHETICAL.test(text) && !/\b(?:was|were|has been|have been)\b/.test(text))
      continue;
    // Roles are read around the verb ("was struck by"), not the weapon word, where there is one.
    const verb = rule.role === "violence" ? ATTACK_VERB.exec(text) : null;
    const start = verb ? verb.index : m.index;
    const end = start + (verb ? verb[0].length : m[0].length);
    const sub = refineByWeapons(rule, weapons);
    return {
      eventType: sub.type,
      subEventType: sub.sub,
      stage: stageOf(text, sub.sub),
      start,
      end,
      // "was struck by"; or a headline's bare participle at the end ("base hosting US troops attacked").
      passive:
        /\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?$/i.test(text.slice(Math.max(0, start - 20), start)) ||
        /^\s*[.!?"'”]*\s*$|^\s+by\b/.test(text.slice(end)),
      verbRole: response && rule.role === "violence" ? "response" : rule.role,
      anaphoric,
      response,
      generic: rule === GENERIC_ATTACK && sub.sub === "Attack" && !CIVILIANS.test(text),
    };
  }
  return assembly(text, next) ?? statement(text) ?? backdrop;
}

const GATHERED = /\b(?:gathered|assembled|congregated|blocked|lined up|lined)\b/i;
/** The sentence after a gathering that says what it was for: "They denounced ...", "The activists were protesting ...". */
const PURPOSE_NEXT =
  /^\W*(?:They|The (?:[\w-]+ )?(?:protesters|demonstrators|participants|crowd|group|workers|farmers|residents|activists|students|drivers|guards|employees|teachers|members))\s+(?:also\s+)?(?:denounced|called (?:for|on)|demanded|protested|were protesting|opposed|expressed|critici[sz]ed|rejected|condemned|urged|chanted|voiced)\b/;

/** "Nearly 80 people gathered in Dijon. They denounced the expulsion.": a gathering with a cause is a protest. */
function assembly(text: string, next: string): Trigger | null {
  const m = next && PURPOSE_NEXT.test(next) ? GATHERED.exec(text) : null;
  return m
    ? plainTrigger("Protests", "Peaceful protest", "protest", { start: m.index, end: m.index + m[0].length })
    : null;
}

function statement(text: string): Trigger | null {
  const said = STATEMENT.exec(text);
  return said
    ? plainTrigger("Statement", "Statement", "statement", { start: said.index, end: said.index + said[0].length })
    : null;
}

const BEATING = /\b(?:to death|unconscious|badly|severely|brutally|up)\b/i;

const GLOBAL = new Map<RegExp, RegExp>();

/** The first match that is not the backdrop (told of each backdrop match skipped) nor a contest lost. */
function firstLiveMatch(
  re: RegExp,
  text: string,
  skippedBackdrop?: (m: RegExpExecArray) => void,
): RegExpExecArray | null {
  if (!re.test(text)) return null;
  let global = GLOBAL.get(re);
  if (!global) GLOBAL.set(re, (global = new RegExp(re.source, re.flags + "g")));
  for (const m of execAll(global, text)) {
    if (BACKDROP.test(text.slice(Math.max(0, m.index - 40), m.index))) {
      skippedBackdrop?.(m as RegExpExecArray);
      continue;
    }
    // "hard to beat Nico", "Trump beats Clinton": a name beaten is a contest lost, unless it hurt.
    if (
      /^beat/i.test(m[0]) &&
      /^\s+(?:the\s+)?\p{Lu}/u.test(text.slice(m.index + m[0].length)) &&
      !BEATING.test(text.slice(m.index, m.index + 60))
    )
      continue;
    return m as RegExpExecArray;
  }
  return null;
}

const WEAPON_SUB: Partial<Record<WeaponKind, SubEventTypeName>> = {
  rocket: "Shelling/artillery/missile attack",
  missile: "Shelling/artillery/missile attack",
  mortar: "Shelling/artillery/missile attack",
  artillery: "Shelling/artillery/missile attack",
  airstrike: "Air/drone strike",
  drone: "Air/drone strike",
  suicide_bomb: "Suicide bomb",
  ied: "Remote explosive/landmine/IED",
  car_bomb: "Remote explosive/landmine/IED",
  landmine: "Remote explosive/landmine/IED",
  grenade: "Grenade",
  chemical: "Chemical weapon",
};

/** A generic attack with a named weapon takes the weapon's type: "attacked with rockets" is shelling. */
function refineByWeapons(rule: Rule, weapons: WeaponMention[]): { type: EventTypeName; sub: SubEventTypeName } {
  if (rule.type === "Violence against civilians" && rule.sub === "Attack") {
    for (const w of weapons) {
      const sub = WEAPON_SUB[w.kind];
      if (sub) return { type: "Explosions/Remote violence", sub };
    }
  }
  return { type: rule.type, sub: rule.sub };
}

function stageOf(text: string, sub: SubEventTypeName): Stage {
  if (sub === "Disrupted weapons use" || /\b(?:foiled|thwarted|prevented|intercepted|shot down|defused)\b/i.test(text))
    return "foiled";
  if (/\b(?:attempted|tried to|failed to|attempt to|an attempt)\b/i.test(text)) return "attempted";
  if (/\b(?:threaten(?:ed|s)|vow(?:ed|s) to)\b/i.test(text)) return "threatened";
  return "happened";
}

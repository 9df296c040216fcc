// What happened: the rules that type a sentence's event, as data. Read in order within the reading
// order below; the first rule that matches a sentence (and that no guard stops) types it, so a
// specific rule stands before a general one. To add a word, add a line; to add a rule, add a record
// with sentences of your own that it must and must not read (they run as tests).
import type { Examples, Kind, VerbRole } from "./define.js";
import type { GuardName } from "./guards.js";
import { either, oneOf, words, type Pattern } from "../../text/pattern.js";
import { property, shotFigures } from "./vocabulary.js";

const lethalForce = oneOf`
  excessive force
  live (?:ammunition|fire|rounds)
  opened fire
  shot dead
  killed
  killing
`;
const crowdControl = oneOf`
  tear ?gas
  water cannons?
  rubber bullets
  dispersed
`;
const protestParticipants = oneOf`
  protesters
  demonstrators
  strikers
  participants
`;
const protestersOnly = oneOf`
  protesters
  demonstrators
`;
const thrownByMobs = oneOf`
  stones
  rocks
  bricks
  bottles
  petrol bombs
  molotov cocktails
`;
const aircraftKinds = oneOf`
  helicopters?
  planes?
  jets?
  aircraft
  warplanes?
  fighter jets?
  bombers?
`;

export type TypingRule = Kind & {
  id: string;
  role: VerbRole;
  match: Pattern;
  /** Matched as written: capitals tell a word from a name ("a march" and "in March"). */
  caseSensitive?: boolean;
  /** Named guards: the rule does not type a sentence that any of them holds for. */
  unless?: readonly GuardName[];
  examples: Examples;
};

const crowd = oneOf`
  protesters
  demonstrators
  protest
  rally
  march
`;
const thrownByCrowds = oneOf`
  stones
  rocks
  petrol bombs
  bottles
  fireworks
  pyrotechnics
  molotov cocktails
`;
const lawEnforcers = oneOf`
  police
  security forces
  gendarmes
  authorities
  soldiers
  officers
`;
const intervened = oneOf`
  intervened
  dispersed
  broke up
  arrested
  detained
  beat
  clashed with
  pushed back
  removed
  evicted
`;
const crowdsOrThem = oneOf`
  protesters
  demonstrators
  protest
  rally
  march
  strikers
  participants
  crowd
  them
`;

const blockedWays = oneOf`
  road
  roads
  highway
  street
  streets
  avenue
  bridge
  access
  route
  entrance
  entrances
  railway
  railroad
  rail line
  tracks
  roundabout
  junction
  intersection
  crossroads
  parking lot
  car park
  gates?
`;
const gathered = oneOf`
  gathered
  assembled
  convened
  congregated
  lined
  walked
  paraded
  drove
`;
/** What people gathered "to" do that makes a gathering a protest, a vigil or a commemoration. */
const gatheredFor = oneOf`
  demand
  protest
  denounce
  call\b
  urge
  reject
  condemn
  express
  show
  voice
  oppose
  support
  promote
  press
  highlight
  draw attention
  commemorate
  mark
  honou?r
  celebrate
  raise awareness
  defend
  mourn
  hold a (?:vigil|rally|mourning|protest|sit-in)
  pay (?:tribute|homage)
  remember
`;
const workingPeople = oneOf`
  workers
  employees
  retirees
  teachers
  residents
  farmers
  students
  drivers
`;
const marched = oneOf`
  gathered
  assembled
  rallied
  walked
  drove
  paraded
`;
const marchedFor = oneOf`
  against
  in support of
  in favou?r of
  in solidarity with
  in protest
  denouncing
  demanding
  urging
  calling (?:on|for)
  and (?:demanded|denounced|called for|urged)
`;

/** Crowds, read first: "rioters clashed with police" is a riot, "protesters clashed" a demonstration. */
const crowds: TypingRule[] = [
  {
    id: "protest-excessive-force",
    type: "Protests",
    sub: "Excessive force against protesters",
    role: "protest",
    match: either`
      \b${lethalForce}\b[^.]{0,60}\b(?:protesters|demonstrators|marchers)\b
      \b(?:protesters|demonstrators)\b[^.]{0,40}\b(?:were|was) (?:shot dead|killed)\b
    `,
    examples: {
      yes: ["Soldiers opened fire on the marchers outside the ministry.", "Two demonstrators were shot dead."],
      no: ["Police fired tear gas at the demonstrators.", "The marchers walked to the square."],
    },
  },
  {
    id: "protest-intervention",
    type: "Protests",
    sub: "Protest with intervention",
    role: "protest",
    match: either`
      \b${crowd}\b[^.]{0,80}\b(?:tear ?gas|water cannons?|rubber bullets|dispersed|batons?|stun grenades)\b
      \b${crowdControl}\b[^.]{0,80}\b(?:protesters|demonstrators|protest|rally|crowd)\b
      \b${lawEnforcers}\s+(?:\w+\s+){0,2}${intervened}\b[^.]{0,60}\b${crowdsOrThem}\b
      \b${protestParticipants}\s+(?:were|was)\s+(?:\w+\s+){0,2}(?:arrested|detained|dispersed|beaten)\b
    `,
    examples: {
      yes: [
        "Police used water cannons to push back the demonstrators.",
        "Gendarmes quickly broke up the sit-in of the nurses' union, and the participants went home.",
      ],
      no: ["Demonstrators marched peacefully through the capital.", "Police arrested a burglar."],
    },
  },
  {
    id: "riot-violent-demonstration",
    type: "Riots",
    sub: "Violent demonstration",
    role: "protest",
    match: either`
      \b(?:rioters|rioted|riots?|rioting)\b
      \b${protestersOnly}\b[^.]{0,60}\b(?:torched|set fire|threw ${thrownByCrowds}|vandali[sz]ed|clashed with)\b
      \b(?:erected|set up|mounted|built|burn(?:ed|t|ing)?)\s+(?:\w+\s+){0,2}(?:barricades|blockades)\b
      \bburn(?:ed|t|ing)\s+(?:of\s+)?(?:tyres|tires|debris|obstacles)\b
      \bbarricades of burning\b
      \bsetting\s+(?:\w+\s+){0,2}(?:on fire|ablaze)\s+to (?:demonstrate|protest)\b
      \bblocked\b[^.]{0,40}\b(?:by setting|with burning)\b
    `,
    examples: {
      yes: ["Protesters threw stones at the town hall.", "Youths burned tyres on the ring road."],
      no: ["Protesters sang outside the town hall.", "The old tyres were recycled."],
    },
  },
  // Lower case "lynched": "Lynch" is also a surname (Attorney General Loretta Lynch).
  {
    id: "mob-violence",
    type: "Riots",
    sub: "Mob violence",
    role: "violence",
    caseSensitive: true,
    match: words`
      [Mm]obs?
      MOBS?
      lynch(?:ed|ing)?
      LYNCH(?:ED|ING)?
      [Vv]igilantes?
    `,
    examples: {
      yes: ["A mob lynched a suspected thief in the market.", "VILLAGERS LYNCHED TWO MEN"],
      no: ["Senator Lynch opened the debate.", "The film about the mobster opened on Friday."],
    },
  },
  // Stones thrown by people who are not an armed group: a mob, unless they were protesting (above).
  {
    id: "mob-stones-thrown",
    type: "Riots",
    sub: "Mob violence",
    role: "violence",
    match: either`
      \b(?:pelt(?:ed|ing)?|hurl(?:ed|ing)?|thr(?:ew|own|owing)|threw)\s+(?:\w+\s+){0,2}${thrownByMobs}\b
      \bstone[- ]pelting\b
    `,
    examples: {
      yes: ["Youths pelted stones at the bus.", "Stone-pelting was reported near the bridge."],
      no: ["The children threw a ball over the fence.", "The stones of the old bridge were cleaned."],
    },
  },
  {
    id: "protest-peaceful",
    type: "Protests",
    sub: "Peaceful protest",
    role: "protest",
    match: words`
      protest(?:ed|ers|s|ing)?
      demonstrat(?:e|es|ion|ions|ors|ed|ing)
      rall(?:y|ies|ied)
      march(?:ed|es|ing)
      sit-ins?
      (?:general|labou?r|workers'?|hunger) strikes?
      strike action
      went on strike
      on strike
      picket(?:ed|s)?
      boycott(?:ed)?
      blocked\b[^.]{0,50}\b${blockedWays}
      \b(?:to demand|demanding that|demanding the|to protest|to denounce|to reject|to condemn)\b
      ${gathered}\b(?:[^.]|\.(?= )){0,220}?\b(?:to|in order to)\s+${gatheredFor}
      (?:occupied|closed|blockaded|barricaded)\b[^.]{0,80}\bto (?:call|demand|protest|denounce|oppose|press|urge|reject)
      took to the streets
      \bto block (?:the )?(?:access|road|roads|entrance|highway|traffic)
      \bstriking (?:[\w-]+\s+){0,3}(?:workers|employees|staff|teachers|drivers|doctors|nurses)
      \b${workingPeople}\b[^.]{0,60}\bdemand(?:ed)? (?:the|a|an|that|their|better|higher|more)\b
      \bslowed (?:down )?(?:the )?traffic
      go-slow
      (?:torchlight|candlelight|torch) (?:procession|march|rally|vigil)s?
      \bas (?:a )?part of (?:a |the )?(?:[\w'’-]+\s+){0,3}(?:demonstrations?|protests?|protest movement)
      ${marched}\b(?:[^.]|\.(?= |[A-Z]\.)){0,140}?\b${marchedFor}
      (?:with|displayed|holding|carrying|unfurled|raised|dropped|hung) (?:a |some |their )?(?:banners?|placards?)
      vigils?
      (?:a|an) sit in
      human chains?
      ,\s+demanding\b
      staged (?:a |an )?(?:[\w'’-]+\s+){0,8}['‘"“]?(?:march|protest|rally|demonstration|walkout|sit-in)
    `,
    examples: {
      yes: [
        "Hundreds of teachers rallied outside parliament on Monday.",
        "Residents blocked the highway to the port.",
        "About 200 farmers gathered in front of the prefecture to denounce the new water tax.",
      ],
      no: ["The minister held a press conference on Monday.", "Farmers gathered the harvest early this year."],
    },
  },
];

/** Weapons, aircraft, territory: read before the armed clash, which only the engaged order puts first. */
const weaponsAndTerritory: TypingRule[] = [
  {
    id: "chemical-weapon",
    type: "Explosions/Remote violence",
    sub: "Chemical weapon",
    role: "violence",
    match: words`
      chemical (?:weapons?|attack)
      chlorine
      sarin
      mustard gas
      nerve agent
    `,
    examples: {
      yes: ["Inspectors said sarin was used on the town."],
      no: ["The chemical plant reopened after the holiday."],
    },
  },
  // A crewed aircraft brought down is a battle, not a weapon seized.
  {
    id: "aircraft-shot-down",
    type: "Battles",
    sub: "Armed clash",
    role: "violence",
    match: either`
      \b(?:shot down|downed) (?:a |an |the |two |three )?(?:[\w-]+\s+){0,2}${aircraftKinds}\b
    `,
    examples: {
      yes: ["Rebels shot down an army helicopter over the valley."],
      no: ["The pilot flew the plane down to the coast."],
    },
  },
  // A column or a convoy destroyed, forces fired on from positions: two armed sides engaged.
  {
    id: "armour-destroyed",
    type: "Battles",
    sub: "Armed clash",
    role: "violence",
    match: either`
      \bdestroyed (?:a |an |the )?(?:[\w-]+\s+){0,2}(?:columns?|convoys?|tanks?|armou?red vehicles?|positions?)\b
      \bfired from (?:their |its )?positions\b
    `,
    examples: {
      yes: ["The brigade destroyed an enemy tank near the river."],
      no: ["The tank of the old tractor was replaced."],
    },
  },
  {
    id: "weapons-seized",
    type: "Strategic developments",
    sub: "Disrupted weapons use",
    role: "other",
    unless: ["no-weapon-named"],
    match: words`
      seized
      confiscated
      defused
      dismantled
      intercepted
      shot down
      downed
      foiled
      thwarted
      recovered
      impounded
      found
    `,
    examples: {
      yes: ["Customs officers seized 40 rifles at the border.", "Sappers defused a roadside bomb near the school."],
      no: ["Customs officers seized two tonnes of cocaine at the port.", "The hikers found a shortcut."],
    },
  },
  {
    id: "suicide-bomb",
    type: "Explosions/Remote violence",
    sub: "Suicide bomb",
    role: "violence",
    match: words`
      suicide (?:bomb(?:er|ers|s|ing|ings)?|attack(?:er|ers|s)?|vests?|belts?)
    `,
    examples: {
      yes: ["A suicide bomber blew himself up at the checkpoint."],
      no: ["The charity works to prevent suicide among veterans."],
    },
  },
  {
    id: "air-strike",
    type: "Explosions/Remote violence",
    sub: "Air/drone strike",
    role: "violence",
    match: words`
      air ?strikes?
      air raids?
      drone (?:strikes?|attacks?)
      drones?
      warplanes?
      fighter jets?
      bombed from the air
      aerial (?:bombardments?|attacks?)
      helicopter gunships?
      (?:air forces?|aircraft|warplanes|jets|planes)\s+(?:\w+\s+){0,2}bombed
    `,
    examples: {
      yes: ["An air strike hit a market in the north of the province."],
      no: ["The airline added two flights to the island."],
    },
  },
  {
    id: "shelling",
    type: "Explosions/Remote violence",
    sub: "Shelling/artillery/missile attack",
    role: "violence",
    match: words`
      rockets?
      missiles?
      mortars?
      shell(?:s|ed|ing)
      artillery
      katyushas?
      howitzers?
      RPGs?
      projectiles?
      cluster munitions?
    `,
    examples: {
      yes: ["Three rockets landed near the airport on Sunday."],
      no: ["Bricklayers mixed the cement by hand."],
    },
  },
  {
    id: "explosive-device",
    type: "Explosions/Remote violence",
    sub: "Remote explosive/landmine/IED",
    role: "violence",
    match: words`
      improvised explosive devices?
      IEDs?
      roadside bombs?
      explosive devices?
      land ?mines?
      car bombs?
      landmine
      (?:bomb|explosion|blast|device|object|charge)s? (?:went off|exploded|detonated|ripped)
      detonated (?:a |an |the )?(?:[\w-]+\s+){0,2}(?:antennas?|towers?|pylons?|bridges?|buildings?|vehicles?)
      bombings?
      bombs?
      bombed
      explosions?
      blasts?
    `,
    examples: {
      yes: ["A roadside bomb went off as the patrol passed.", "An explosion ripped through the bus station."],
      no: ["The singer's new album sold well."],
    },
  },
  {
    id: "grenade",
    type: "Explosions/Remote violence",
    sub: "Grenade",
    role: "violence",
    match: either`
      \bgrenades?\b
    `,
    examples: {
      yes: ["A man threw a grenade into the bar."],
      no: ["The bar reopened after the renovation."],
    },
  },
  {
    id: "accusation",
    type: "Accusation",
    sub: "Accusation",
    role: "accusation",
    match: words`
      accus(?:ed|es|ing)
      blam(?:ed|es|ing)
      held responsible
    `,
    examples: {
      yes: ["The government accused the opposition of paying the gangs."],
      no: ["The government thanked the opposition for its support."],
    },
  },
  // A strike with no weapon named ("mystery strikes", "in a strike that killed") is from the air.
  {
    id: "strike-unnamed-weapon",
    type: "Explosions/Remote violence",
    sub: "Air/drone strike",
    role: "violence",
    match: either`
      \b(?:(?:mystery|precision|targeted|retaliatory|israeli|american|us|russian|turkish) )?strikes?\b
    `,
    examples: {
      yes: ["Overnight strikes hit a fuel depot outside the city."],
      no: ["The striker scored twice in the second half."],
    },
  },
  // Lower case only: "a march" is a protest, "in March" a month.
  {
    id: "protest-march",
    type: "Protests",
    sub: "Peaceful protest",
    role: "protest",
    caseSensitive: true,
    match: either`
      \b(?:a|the|peaceful|protest|silent|solidarity) march\b
      \b(?:held|staged|organi[sz]ed|took out|led|joined) (?:a |an |the )(?:[\w-]+\s+){0,3}march\b
    `,
    examples: {
      yes: ["Students joined a silent march through the old town."],
      no: ["The new bridge opens in March."],
    },
  },
  {
    id: "territory-regained",
    type: "Battles",
    sub: "Government regains territory",
    role: "violence",
    match: words`
      recaptured
      retook
      regain(?:s|ed)?(?: all| full)? (?:control|territory)
      regains
      liberated
      re-?took control
    `,
    examples: {
      yes: ["The army recaptured the town on Thursday."],
      no: ["The army held the town on Thursday."],
    },
  },
  {
    id: "territory-taken",
    type: "Battles",
    sub: "Non-state actor overtakes territory",
    role: "violence",
    match: words`
      overran
      seized control
      took control
      taking control
      took over (?:the )?(?:town|city|village|district|area|positions?)
      captured the (?:town|city|village|district)
      fell to
    `,
    examples: {
      yes: ["Insurgents overran the district headquarters at dawn."],
      no: ["Insurgents withdrew to the hills at dawn."],
    },
  },
];

/** Two armed sides engaged: read after weapons and territory, or straight after crowds when engaged. */
const armedClash: TypingRule[] = [
  {
    id: "armed-clash",
    type: "Battles",
    sub: "Armed clash",
    role: "violence",
    match: words`
      clash(?:ed|es)?
      fighting
      fought
      battles?
      gun ?battles?
      shoot-?outs?
      exchanged fire
      exchanges? of fire
      bursts? of fire
      small[- ]arms fire
      firefights?
      (?:observed|recorded|heard|monitored)\b[^.;]{0,40}\b(?:shots|gunfire|gunshots)
      ambush(?:ed)?
      skirmish(?:es)?
      offensive
      launched an? (?:\w+\s+)?assault
      engaged
    `,
    examples: {
      yes: ["Soldiers and rebels exchanged fire for two hours near the border post."],
      no: ["The two teams met at the border post for a friendly match."],
    },
  },
];

const destroyed = oneOf`
  set fire to
  set ablaze
  torched
  burn(?:ed|t) down
  burn(?:ed|t)
  vandali[sz]ed
  destroyed
  demolished
  dismantled
  uprooted
  razed
  looted
  ransacked
`;
const wereDestroyed = oneOf`
  destroyed
  demolished
  torched
  burned
  burnt
  set ablaze
  razed
  looted
  vandali[sz]ed
`;
/** Words after "hit" that make it a figure of speech: "the pound hit a 31-year low", "hit the headlines". */
const hitFigures = oneOf`
  low
  lows
  high
  highs
  record
  records
  peak
  milestone
  headlines
  shelves
  jackpot
  the right notes
`;

/** What people did to each other and what changed: abductions, arrests, attacks, agreements, moves. */
const actsAndDevelopments: TypingRule[] = [
  {
    id: "abduction",
    type: "Violence against civilians",
    sub: "Abduction/forced disappearance",
    role: "violence",
    match: words`
      abduct(?:ed|ion|s)?
      kidnapp?(?:ed|ing|s)?
      hostages?
      forcibly disappeared
      taken away by (?:an? )?(?:unidentified|unknown|armed|masked) (?:\w+\s+)?(?:group|men|gunmen|individuals|persons)
    `,
    examples: {
      yes: ["Gunmen kidnapped a priest on the road to the capital."],
      no: ["A priest travelled on the road to the capital."],
    },
  },
  {
    id: "sexual-violence",
    type: "Violence against civilians",
    sub: "Sexual violence",
    role: "violence",
    match: words`
      rap(?:ed|e|es|ing)
      sexual(?:ly)? (?:assault(?:ed)?|violence|abuse)
    `,
    examples: {
      yes: ["The woman was raped by two soldiers, her family said."],
      no: ["The rapper released a single on Friday."],
    },
  },
  {
    id: "arrest",
    type: "Strategic developments",
    sub: "Arrests",
    role: "arrest",
    match: words`
      arrest(?:ed|s|ing)?
      detain(?:ed|s|ing)?
      apprehended
      rounded up
      taken into custody
      in custody
      taken away by (?:the )?(?:police|security forces|soldiers|officers|authorities)
      (?:intercepted|held|detained) (?:[\w,-]+\s+){0,4}(?:illegal |irregular )?migrants
      intercepted (?:a |an )?(?:boat|vessel|dinghy)
    `,
    examples: {
      yes: ["Police arrested the mayor's driver on Friday."],
      no: ["Police thanked the mayor's driver on Friday."],
    },
  },
  {
    id: "property-destroyed",
    type: "Strategic developments",
    sub: "Looting/property destruction",
    role: "violence",
    match: either`
      \b${destroyed}\s+(?:[\w'’-]+\s+){0,5}${property}\b
      \b${property}\s+(?:were|was|had been|have been)\s+(?:\w+\s+)?${wereDestroyed}\b
      \bset\s+(?:[\w'’-]+\s+){1,7}(?:ablaze|alight|on fire)\b
      \bsabotag(?:ed|ing)\b
      \bburn(?:ed|t) down\b
      \bbulldoz(?:ed|ing)\b
      \brazing\b
      \b(?:were|was|been) (?:\w+\s+)?(?:destroyed|demolished|razed|torched|set ablaze)\b
    `,
    examples: {
      yes: ["Unknown people set fire to three shops in the market.", "Two houses were burned in the night."],
      no: ["The shops in the market opened late.", "The bread was burned in the oven."],
    },
  },
  // Not the figures of speech of sport, markets and politics: "his best shot", "the pound hit a
  // 31-year low", "hit out at critics", "hard to beat Nico".
  {
    id: "attack",
    type: "Violence against civilians",
    sub: "Attack",
    role: "violence",
    match: words`
      killed
      (?<!\b${shotFigures} )shot(?! at (?:the )?(?:title|glory|redemption|winning|victory|history))
      stabbed
      hacked
      beheaded
      executed
      murdered
      gunned down
      massacred
      beat(?:en)?
      tortured
      dragged (?:[\w'’-]+\s+){1,8}out of
      attack(?:ed|s|ing)?
      targeted
      struck
      hit(?! out\b| (?:a |an |the )?(?:[\w-]+ )?${hitFigures}\b)
      raided
      torched
      burned
      assault(?:ed|ing)
      beat up
      opened fire
      fired (?:\w+\s+){0,2}(?:shots|rounds|bullets|canisters)
      (?:fired|(?<!\b${shotFigures} )shot) (?:at|on|upon|towards)
      shooting
      gunfire
      gunshots
    `,
    examples: {
      yes: ["Gunmen shot a shopkeeper in the market.", "A farmer was stabbed near his field."],
      no: ["The striker took his best shot at the title.", "The pound hit a 31-year low."],
    },
  },
  {
    id: "looting",
    type: "Strategic developments",
    sub: "Looting/property destruction",
    role: "violence",
    match: words`
      looted
      looting
      ransacked
      vandali[sz]ed
      demolished
      razed
      molotov cocktails?
      petrol bombs?
    `,
    examples: {
      yes: ["Looting was reported across the city overnight."],
      no: ["Workers emptied the warehouse overnight."],
    },
  },
  {
    id: "agreement",
    type: "Strategic developments",
    sub: "Agreement",
    role: "other",
    match: words`
      ceasefire
      cease-fire
      truce
      peace (?:deal|agreement|accord)
      signed an agreement
      agreed to
      prisoner (?:swap|exchange)
      held (?:the |a |an )?(?:[\w-]+\s+){0,2}peace talks?
      surrender(?:ed|s)?
      laid down (?:their|his) (?:arms|weapons)
      laying down (?:their|his) (?:arms|weapons)
    `,
    examples: {
      yes: ["The two factions signed a truce in Doha."],
      no: ["The two factions met in Doha."],
    },
  },
  {
    id: "displacement-and-other",
    type: "Strategic developments",
    sub: "Other",
    role: "other",
    match: words`
      forced to flee
      forced (?:\S+\s+){0,10}to (?:move out|leave their|flee|relocate)
      displaced by
      fled (?:their|the) (?:homes?|village|villages|town|area)
      were displaced
      displaced (?:\w+\s+){0,3}(?:people|families|residents|villagers)
      refugees (?:from \w+ )?(?:arrived|entered|crossed)
      were evacuated
      expul(?:sion|sions) of
      expelled (?:\w+\s+){0,3}diplomats
      diplomats (?:left|were expelled)
      (?:cut|shut) (?:off|down) (?:the )?(?:internet|mobile|phone|telecommunications)
      held (?:\w+\s+){0,2}elections
    `,
    examples: {
      yes: ["Hundreds of families fled their homes last week.", "The authorities shut down the internet."],
      no: ["Hundreds of families visited the fair."],
    },
  },
  // Movements of armed forces, as ACLED codes them: patrols, convoys, redeployments, defections.
  {
    id: "forces-movement",
    type: "Strategic developments",
    sub: "Change to group/activity",
    role: "other",
    match: words`
      (?:military|army|police|coalition|forces'?) (?:patrols?|convoys?)
      patrol (?:took place|was conducted)
      conducted (?:a |several )?patrols?
      (?:observed|seen|spotted) patrolling
      carried out patrolling
      (?:were|was) (?:moved|redeployed|relocated) to
      defected
      (?:established|set up|erected) (?:\w+\s+){0,3}checkpoints?
      (?:military|joint|live-fire|combat) (?:exercises?|drills?|training)
      military training
    `,
    examples: {
      yes: ["A police patrol was conducted along the ring road.", "Two colonels defected to the rebels."],
      no: ["A cycling club rode along the ring road."],
    },
  },
  {
    id: "property-seized",
    type: "Strategic developments",
    sub: "Looting/property destruction",
    role: "other",
    match: words`
      sealed off
      seized (?:[\w'’,-]+\s+){0,4}(?:${property}|lands?)
    `,
    examples: {
      yes: ["Settlers seized the family's farm land."],
      no: ["Settlers visited the family's farm."],
    },
  },
  {
    id: "base-established",
    type: "Strategic developments",
    sub: "Headquarters or base established",
    role: "other",
    match: either`
      \b(?:established|set up|opened) (?:a |an |its |their )?(?:new )?(?:base|headquarters|camp|outpost|office)\b
    `,
    examples: {
      yes: ["The militia set up a new base near the dam."],
      no: ["The militia left the area near the dam."],
    },
  },
  {
    id: "territory-handed-over",
    type: "Strategic developments",
    sub: "Non-violent transfer of territory",
    role: "other",
    match: either`
      \b(?:handed over|withdrew from|pulled out of) (?:the )?(?:town|city|village|area|district|territory)\b
    `,
    examples: {
      yes: ["The rebels handed over the town to the tribal council."],
      no: ["The rebels handed over a letter to the tribal council."],
    },
  },
  {
    id: "claim-of-responsibility",
    type: "Statement",
    sub: "Claim of responsibility",
    role: "statement",
    match: words`
      claimed responsibility
    `,
    examples: {
      yes: ["A little-known group claimed responsibility for the fire."],
      no: ["A little-known group denied any role in the fire."],
    },
  },
  {
    id: "threat",
    type: "Statement",
    sub: "Threat",
    role: "statement",
    match: words`
      threaten(?:ed|s)
      vow(?:ed|s) to
      warned (?:of|that)[^.]{0,60}\b(?:would|will)
      warned (?:[\w-]+\s+){1,6}to (?:stop|cease|leave|end)
    `,
    examples: {
      yes: ["The group threatened the journalists who covered the trial."],
      no: ["The group invited the journalists who covered the trial."],
    },
  },
  {
    id: "troop-deployment",
    type: "Deployment",
    sub: "Troop deployment",
    role: "other",
    unless: ["nothing-armed-named"],
    match: words`
      deploy(?:ed|s|ing)
      sent (?:troops|reinforcements|soldiers)
      dispatched
      transferred (?:[\w-]+\s+){0,6}(?:soldiers|troops|fighters|reinforcements)
      (?:carrying|transporting) (?:[\w-]+\s+){0,4}military vehicles
    `,
    examples: {
      yes: ["The government deployed 300 soldiers to the border town."],
      no: ["The airbags deployed when the car hit the wall."],
    },
  },
  {
    id: "troop-withdrawal",
    type: "Deployment",
    sub: "Troop withdrawal",
    role: "other",
    unless: ["nothing-armed-named"],
    match: words`
      withdr(?:ew|awn)
      pulled out
      completed (?:the|its|their) withdrawal
    `,
    examples: {
      yes: ["The last troops withdrew from the airfield."],
      no: ["The candidate withdrew from the race."],
    },
  },
  {
    id: "sanctions",
    type: "Decision",
    sub: "Sanctions",
    role: "other",
    match: words`
      imposed sanctions
      sanctioned
    `,
    examples: {
      yes: ["The treasury sanctioned four militia leaders."],
      no: ["The treasury praised four militia leaders."],
    },
  },
  {
    id: "legal-ruling",
    type: "Decision",
    sub: "Legal ruling",
    role: "other",
    match: words`
      sentenced
      convicted
      acquitted
      court (?:ruled|ordered)
    `,
    examples: {
      yes: ["A judge sentenced the former minister to ten years."],
      no: ["A judge met the former minister."],
    },
  },
];

/** The groups of typing rules, each read in its order. */
export const TYPING_RULES = { crowds, weaponsAndTerritory, armedClash, actsAndDevelopments } as const;

export type TypingGroup = keyof typeof TYPING_RULES;

/**
 * The order groups are read in. Crowds always first. When two armed sides engaged ("clashes with
 * light weapons and mortars") the armed clash is read before what they fired.
 */
export const READING_ORDER: Record<"usual" | "engaged", readonly TypingGroup[]> = {
  usual: ["crowds", "weaponsAndTerritory", "armedClash", "actsAndDevelopments"],
  engaged: ["crowds", "armedClash", "weaponsAndTerritory", "actsAndDevelopments"],
};

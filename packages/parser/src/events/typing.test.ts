import { describe, expect, it } from "vitest";
import { classify } from "./typing.js";
import { findWeapons } from "./weapons.js";

const type = (text: string) => {
  const t = classify(text, findWeapons(text));
  return t ? `${t.eventType} / ${t.subEventType}` : null;
};

describe("event typing", () => {
  it("codes rockets and missiles as shelling", () => {
    expect(type("Rockets strike Iraq's Ain al-Asad base hosting US troops")).toBe(
      "Explosions/Remote violence / Shelling/artillery/missile attack",
    );
    expect(type("No casualties were reported when the missiles struck Ain al-Asad.")).toBe(
      "Explosions/Remote violence / Shelling/artillery/missile attack",
    );
  });

  it("codes shots that monitors or residents observed as an exchange of fire", () => {
    expect(type("Monitors observed a total of 20 shots involving small arms near the village.")).toBe(
      "Battles / Armed clash",
    );
    expect(type("Residents heard gunfire through the night.")).toBe("Battles / Armed clash");
    expect(type("Children received flu shots at the clinic.")).toBeNull();
  });

  it("codes bombing from the air as an air strike, and bombing otherwise as an explosion", () => {
    expect(type("Russian air forces bombed Liubotyn, Kharkiv.")).toBe("Explosions/Remote violence / Air/drone strike");
    expect(type("Local fighters bombed the administration office.")).toBe(
      "Explosions/Remote violence / Remote explosive/landmine/IED",
    );
  });

  it("codes a gathering that called for something as a protest, however long the sentence between", () => {
    expect(
      type(
        "A group of mothers gathered outside the health minister's constituency office in Vancouver (British Columbia) to call for safer supply.",
      ),
    ).toBe("Protests / Peaceful protest");
    expect(
      type(
        "Parents and opposition members gathered outside the provincial legislature in Victoria and demanded that masks be dropped.",
      ),
    ).toBe("Protests / Peaceful protest");
    expect(type("Families gathered at the park for a picnic.")).toBeNull();
    // An abbreviation's full stop is not the end of the sentence.
    expect(type("People gathered in St. Petersburg to show support for the war.")).toBe("Protests / Peaceful protest");
  });

  it("codes a sit in, a human chain, a staged march and a road cut 'demanding' something as protests", () => {
    expect(type("Agents organized a sit in near the palace.")).toBe("Protests / Peaceful protest");
    expect(type("Staff formed a human chain in Dhaka city.")).toBe("Protests / Peaceful protest");
    expect(type("Hundreds of people staged a 'March 4 Life' march to the capitol.")).toBe(
      "Protests / Peaceful protest",
    );
    expect(type("Citizens cut the road traffic in Pazos, demanding improvements in the road.")).toBe(
      "Protests / Peaceful protest",
    );
    expect(type("They sat in the car for an hour.")).toBeNull();
  });

  it("codes property set ablaze, dismantled or destroyed, in the active or the passive, as property destruction", () => {
    const destruction = "Strategic developments / Looting/property destruction";
    expect(type("An unidentified group set ablaze an SFR telecom company vehicle in Montreuil.")).toBe(destruction);
    expect(type("Unknown persons set vehicles of the Lafarge Holcim company on fire.")).toBe(destruction);
    expect(type("Soldiers dismantled a Palestinian-owned agricultural shed.")).toBe(destruction);
    expect(type("Several shops were destroyed on the order of the mayor.")).toBe(destruction);
    expect(type("The team destroyed their rivals in the final.")).toBeNull();
  });

  it("codes armed men seen patrolling as a movement of forces", () => {
    expect(type("A convoy escorted by a military vehicle was observed patrolling on the border.")).toBe(
      "Strategic developments / Change to group/activity",
    );
  });

  it("codes a seized weapon as disrupted weapons use", () => {
    expect(type("A second vehicle loaded with another missile was seized from the scene.")).toBe(
      "Strategic developments / Disrupted weapons use",
    );
  });

  it("codes crashes and disasters no one intended as incidents, not attacks", () => {
    expect(type("Seven people were killed when a tram derailed in Croydon.")).toBe("Incident / Accident");
    expect(type("A bus overturned on the highway, killing 12 passengers.")).toBe("Incident / Accident");
    expect(type("Floods killed 20 people in the province.")).toBe("Incident / Disaster");
    // Someone meant it: an attack, whatever crashed.
    expect(type("Gunmen opened fire on a bus, which crashed into a ditch.")).toBe(
      "Violence against civilians / Attack",
    );
    // A protest over an accident is a protest.
    expect(type("Youths burned tires during a demonstration after a bus collision killed two people.")).toBe(
      "Riots / Violent demonstration",
    );
  });

  it("does not read the figures of speech of sport, markets and politics as attacks", () => {
    expect(type("The pound hit a 31-year low against the dollar.")).toBeNull();
    expect(type("It is going to be hard to beat Nico in the desert.")).toBeNull();
    expect(type("The Chicago Cubs beat the Cleveland Indians to win the series.")).toBeNull();
    expect(type("He will give it his best shot on Sunday.")).toBeNull();
    expect(type("The notice was issued after consultation with Attorney General Loretta Lynch.")).toBeNull();
    // The same words, meant: still attacks and mob violence.
    expect(type("Soldiers beat Musa to death at the checkpoint.")).toBe("Violence against civilians / Attack");
    expect(type("A mob lynched a suspected thief in the market.")).toBe("Riots / Mob violence");
    expect(type("A rocket hit the market, killing two.")).toBe(
      "Explosions/Remote violence / Shelling/artillery/missile attack",
    );
  });

  it("codes ACLED's other families", () => {
    expect(type("Police fired tear gas to disperse protesters in the capital.")).toBe(
      "Protests / Protest with intervention",
    );
    expect(type("Thousands of people marched peacefully through the city.")).toBe("Protests / Peaceful protest");
    expect(type("Troops clashed with militants near the border.")).toBe("Battles / Armed clash");
    expect(type("A roadside bomb exploded near a patrol.")).toBe(
      "Explosions/Remote violence / Remote explosive/landmine/IED",
    );
    expect(type("Gunmen abducted three aid workers.")).toBe(
      "Violence against civilians / Abduction/forced disappearance",
    );
    expect(type("Gunmen shot dead a farmer in his field.")).toBe("Violence against civilians / Attack");
    expect(type("Police arrested five suspects in the raid.")).toBe("Strategic developments / Arrests");
  });

  it("codes barricades and burning tyres as a violent demonstration, gatherings to demand as protests", () => {
    expect(type("Residents erected barricades of burning tires to demand the mayor resign.")).toBe(
      "Riots / Violent demonstration",
    );
    expect(type("Farmers gathered outside the town hall to demand lower fuel prices.")).toBe(
      "Protests / Peaceful protest",
    );
    expect(type("Drivers blocked the highway for three hours.")).toBe("Protests / Peaceful protest");
  });

  it("codes arson of property as property destruction, and police breaking up a protest as intervention", () => {
    expect(type("Suspected rebels set fire to a truck on the highway.")).toBe(
      "Strategic developments / Looting/property destruction",
    );
    expect(type("Police dispersed the protesters outside parliament.")).toBe("Protests / Protest with intervention");
    expect(type("Truck drivers parked on the road to demand lower fuel prices.")).toBe("Protests / Peaceful protest");
    expect(type("Hundreds held a march in support of the candidate.")).toBe("Protests / Peaceful protest");
    expect(type("In March, the army regained control of the town.")).toBe("Battles / Government regains territory");
  });

  it("keeps what ACLED leaves out as Sitrep's own kinds", () => {
    expect(type("The defence secretary said American troops would stay in Iraq.")).toBe("Statement / Statement");
    expect(type("The PMF have repeatedly blamed Israel for being behind the strikes.")).toBe("Accusation / Accusation");
  });

  it("finds no event in a state of affairs or a backdrop", () => {
    expect(type("The US currently has 5,200 troops in Iraq.")).toBeNull();
    expect(type("The country remained gripped by anti-government protests.")).toBeNull();
  });

  it("reads the stage", () => {
    expect(
      classify("Security forces foiled a bomb attack.", findWeapons("Security forces foiled a bomb attack."))?.stage,
    ).toBe("foiled");
    expect(
      classify(
        "A man tried to attack a patrol with a knife.",
        findWeapons("A man tried to attack a patrol with a knife."),
      )?.stage,
    ).toBe("attempted");
  });

  it("codes shooting, stone throwing, banners, surrender and flight", () => {
    expect(type("Gunmen opened fire at a police station on Tuesday.")).toBe("Violence against civilians / Attack");
    expect(type("Observers recorded bursts of fire near the village.")).toBe("Battles / Armed clash");
    expect(type("Settlers hurled stones at passing cars near the village.")).toBe("Riots / Mob violence");
    expect(type("Farmers set up blockades with rocks on the main road.")).toBe("Riots / Violent demonstration");
    expect(type("Union members held a press conference with banners outside the ministry.")).toBe(
      "Protests / Peaceful protest",
    );
    expect(type("Thirty people gathered in the square against the invasion.")).toBe("Protests / Peaceful protest");
    expect(type("Forty militiamen surrendered to the army, laying down their weapons.")).toBe(
      "Strategic developments / Agreement",
    );
    expect(type("More than 3,000 villagers were forced to flee the raids.")).toBe("Strategic developments / Other");
    expect(type("Militants set a commercial tricycle ablaze at the market.")).toBe(
      "Strategic developments / Looting/property destruction",
    );
  });

  it("codes two sides engaged as a battle whatever they fired, but crowds clashing as crowds", () => {
    expect(type("Clashes with light weapons and mortars erupted between two units of the security forces.")).toBe(
      "Battles / Armed clash",
    );
    expect(type("A shoot-out between rival drug trafficking groups took place in front of a hotel.")).toBe(
      "Battles / Armed clash",
    );
    expect(type("Rioters clashed with police near the old city.")).toBe("Riots / Violent demonstration");
  });

  it("codes patrols, checkpoints, evacuations and elections as ACLED's strategic developments", () => {
    expect(type("A US military patrol took place near the town.")).toBe(
      "Strategic developments / Change to group/activity",
    );
    expect(type("The government established police and military checkpoints on the road.")).toBe(
      "Strategic developments / Change to group/activity",
    );
    expect(type("Some 900 people from the city were evacuated to the regional capital.")).toBe(
      "Strategic developments / Other",
    );
    expect(type("Students occupied the first floor of their school to call for reforms.")).toBe(
      "Protests / Peaceful protest",
    );
  });

  it("codes the forms a protest takes in news copy", () => {
    expect(type("About ten people took to the streets in the town.")).toBe("Protests / Peaceful protest");
    expect(type("Residents closed the road to their village to demand clean water.")).toBe(
      "Protests / Peaceful protest",
    );
    expect(type("Over 100 professional drivers slowed the traffic towards the city.")).toBe(
      "Protests / Peaceful protest",
    );
    expect(type("Members of the party held a nationalist torch march in the city.")).toBe(
      "Protests / Peaceful protest",
    );
    expect(type("Relatives took part in a torchlight procession to the square.")).toBe("Protests / Peaceful protest");
    expect(type("Football supporters blocked the roundabout in the city centre.")).toBe("Protests / Peaceful protest");
    expect(type("Dozens walked from the church to the courthouse to show support for the cause.")).toBe(
      "Protests / Peaceful protest",
    );
    expect(type("Parents gathered outside the B.C. legislature in Victoria and demanded an end to the cuts.")).toBe(
      "Protests / Peaceful protest",
    );
    expect(
      type(
        "Between several hundred and over 1000 people staged a 'March 4 Life' or 'Arizona for Life' march to the capitol.",
      ),
    ).toBe("Protests / Peaceful protest");
    // "March" the month is not a march.
    expect(type("The council held a meeting in early March.")).toBeNull();
  });

  it("codes what armed forces do besides fighting: aircraft downed, columns destroyed, transfers, exercises", () => {
    expect(type("Ukrainian forces downed a Russian helicopter over the town.")).toBe("Battles / Armed clash");
    expect(type("Ukrainian forces destroyed a column of Russian forces in the region.")).toBe("Battles / Armed clash");
    expect(type("Armenian forces fired from their positions towards the village.")).toBe("Battles / Armed clash");
    // A drone shot down is still a weapon stopped.
    expect(type("Air defences shot down a drone over the base.")).toBe(
      "Strategic developments / Disrupted weapons use",
    );
    expect(type("Russian forces transferred an undetermined number of soldiers to several military bases.")).toBe(
      "Deployment / Troop deployment",
    );
    expect(type("A coalition vessel carrying dozens of military vehicles arrived at the port.")).toBe(
      "Deployment / Troop deployment",
    );
    expect(type("The two armies started a joint military training in the north.")).toBe(
      "Strategic developments / Change to group/activity",
    );
    expect(type("Clan militiamen erected a checkpoint in the vicinity of the village.")).toBe(
      "Strategic developments / Change to group/activity",
    );
  });

  it("codes abductions, arrests, displacement, threats and destruction as news words them", () => {
    expect(type("A member of the group was taken away by an unidentified group near the village.")).toBe(
      "Violence against civilians / Abduction/forced disappearance",
    );
    expect(type("The pastor was taken away by police from his house.")).toBe("Strategic developments / Arrests");
    expect(type("The administration forced over 1000 staff to move out from the dormitory.")).toBe(
      "Strategic developments / Other",
    );
    expect(type("The Taliban warned media outlets to stop broadcasting music.")).toBe("Statement / Threat");
    expect(type("A group burnt down two settlements of pastoralists.")).toBe(
      "Strategic developments / Looting/property destruction",
    );
    expect(type("Unknown people set fire to a classroom at the high school.")).toBe(
      "Strategic developments / Looting/property destruction",
    );
    expect(type("Militants detonated a telecommunications antenna in the village.")).toBe(
      "Explosions/Remote violence / Remote explosive/landmine/IED",
    );
    expect(type("A pyrotechnic object exploded near the entrance of the office.")).toBe(
      "Explosions/Remote violence / Remote explosive/landmine/IED",
    );
    // Burning a flag is a protest's act, not property destroyed.
    expect(type("Members burnt the party flag during a protest in the district.")).toBe("Protests / Peaceful protest");
  });

  it("codes expulsions, peace talks, migrants intercepted, seizures and what was destroyed", () => {
    expect(type("The expulsion of 45 diplomats was related to alleged espionage.")).toBe(
      "Strategic developments / Other",
    );
    expect(type("Rebel representatives and the government held the third peace talk in the capital.")).toBe(
      "Strategic developments / Agreement",
    );
    expect(type("Police officers intercepted a boat transporting 88 illegal migrants south of the town.")).toBe(
      "Strategic developments / Arrests",
    );
    expect(type("Police forces seized more than 21,000 coca plantations in the canton.")).toBe(
      "Strategic developments / Looting/property destruction",
    );
    expect(type("Installations built on the border were destroyed by the rebels.")).toBe(
      "Strategic developments / Looting/property destruction",
    );
    expect(type("The bank branch was thrown with a Molotov cocktail.")).toBe(
      "Strategic developments / Looting/property destruction",
    );
    // Stones and Molotov cocktails thrown at a base are an attack on it, not property destroyed.
    expect(type("A military base was attacked with stones and Molotov cocktails.")).not.toBe(
      "Strategic developments / Looting/property destruction",
    );
    expect(type("Party members dragged the driver of a candidate out of the politician's car.")).toBe(
      "Violence against civilians / Attack",
    );
    expect(type("Activists dropped banners at an overpass in the town.")).toBe("Protests / Peaceful protest");
  });

  it("codes strikes, blockades and demands by workers as protests", () => {
    expect(type("Striking factory workers staged outside the plant.")).toBe("Protests / Peaceful protest");
    expect(type("Around 30 farmers threw garbage and tires to block the access to a supermarket.")).toBe(
      "Protests / Peaceful protest",
    );
    expect(type("Nearly a hundred unionized workers of the City Council demand the salary increase.")).toBe(
      "Protests / Peaceful protest",
    );
  });

  it("codes a gathering as a protest when the next sentence gives its cause", () => {
    const gathered = "Nearly 80 people gathered in front of the school in the town.";
    const t = (next: string) => classify(gathered, [], next)?.subEventType ?? null;
    expect(t("They denounced the expulsion of a family by the police.")).toBe("Peaceful protest");
    expect(t("The activists were protesting against the closure.")).toBe("Peaceful protest");
    expect(t("They had lunch together.")).toBeNull();
    expect(classify(gathered, [])).toBeNull();
  });

  it("codes a protest named as the backdrop when nothing else happened, but not a state of affairs", () => {
    expect(type("Members burnt the party flag during a protest in the district.")).toBe("Protests / Peaceful protest");
    expect(type("The country remained gripped by anti-government protests.")).toBeNull();
  });

  it("codes a deployment only of something armed", () => {
    expect(type("The army deployed 500 soldiers to the border town.")).toBe("Deployment / Troop deployment");
    expect(type("Russia deployed around 91 helicopters at the air base.")).toBe("Deployment / Troop deployment");
    // Motor racing's safety car is not a force.
    expect(type("Lap 48: Felipe Massa has a smash and the safety car is deployed.")).not.toBe(
      "Deployment / Troop deployment",
    );
  });
});

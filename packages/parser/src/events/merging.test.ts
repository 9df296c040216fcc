import { describe, expect, it } from "vitest";
import { parse } from "../parse.js";

const article = (...paragraphs: string[]) =>
  parse(`Title line\n\n11 June 2021\n\n${paragraphs.join("\n\n")}`, { format: "text" });

describe("mentions of one event merged into one event", () => {
  it("takes 'the march' in a later sentence as the march already reported", () => {
    const { events } = article(
      "Thousands of people marched peacefully through central Santiago on Thursday to demand changes to the pension system.",
      "The protesters gathered at Plaza Italia before walking to the presidential palace.",
      "Police said the march ended without incident.",
    );
    expect(events.filter((e) => e.type.eventType === "Protests")).toHaveLength(1);
    expect(events[0]).toMatchObject({
      type: { subEventType: "Peaceful protest" },
      date: { start: "2021-06-10" },
      location: { name: "Santiago" },
    });
    expect(events[0]!.evidence.length).toBeGreaterThanOrEqual(2);
  });

  it("keeps two reports of a blast with their counts as one event with both figures", () => {
    const { events } = article(
      "A roadside bomb struck a minibus in western Kabul on Tuesday, killing four people and wounding six others, police said.",
      "The blast hit the vehicle during the morning rush hour.",
    );
    const blasts = events.filter((e) => e.type.eventType === "Explosions/Remote violence");
    expect(blasts).toHaveLength(1);
    expect([blasts[0]!.casualties.killed.value, blasts[0]!.casualties.injured.value]).toEqual([4, 6]);
  });

  it("does not merge the backdrop a later sentence recalls into the event", () => {
    const { events } = article(
      "Gunmen killed four guards in a raid on the German consulate in Afghanistan.",
      "The attack highlighted the security problems spreading across Afghanistan in recent months, with heavy fighting in Kunduz.",
    );
    expect(events[0]).toMatchObject({ salience: "main", date: { start: "2021-06-11", precision: "day" } });
    expect(events[0]!.evidence).toHaveLength(1);
  });

  it("takes 'the activists' to be the gathering just reported, and a country only named as no other place", () => {
    const { events } = article(
      "On Friday, about 10 activists of Greenpeace blocked a cargo ship in Gdansk, transferring oil from Russia to Europe.",
      "The activists were protesting against the dependence of Europe on fossil fuels during the war of Russia against Ukraine.",
    );
    const protests = events.filter((e) => e.type.eventType === "Protests");
    expect(protests).toHaveLength(1);
    expect(protests[0]).toMatchObject({ location: { country: { iso2: "PL" } }, date: { start: "2021-06-11" } });
    expect(protests[0]!.evidence).toHaveLength(2);
  });

  it("places an event its sentence puts only in a country named in passing where the sentence before says", () => {
    const { events } = article(
      "Dozens of students rallied outside the university in Lyon on Thursday.",
      "Police later detained two students on charges brought by the government of France.",
    );
    const arrests = events.find((e) => e.type.subEventType === "Arrests");
    expect(arrests?.location).toMatchObject({ name: "Lyon" });
  });

  it("places an event where its sentence says it happened, before a place it only names", () => {
    const place = (text: string) => article(text).events[0]!.location;
    expect(
      place(
        "On Monday, residents alongside Saint Petersburg Mayor Ken Welch marched in Saint Petersburg (Florida) to honour the victims.",
      ),
    ).toMatchObject({ country: { iso2: "US" }, admin1: { name: "Florida" } });
    expect(
      place("Four members of IS were arrested on Monday in the Achin district of Nangarhar province."),
    ).toMatchObject({ text: "Achin district", admin1: { name: "Nangarhar" } });
    expect(
      place(
        "Regime forces shelled Al Bab city in Aleppo countryside with artillery on Monday, injuring a number of people.",
      ),
    ).toMatchObject({ name: "Al Bāb" });
    // A university named for a sea, a region or a town is not where it stands.
    expect(
      place(
        "On Monday, health workers staged a protest outside the Akdeniz University hospital in Konyaalti, Antalya.",
      ),
    ).toMatchObject({ name: "Konyaaltı" });
    // Nor is a river named for a province where the event was.
    expect(
      place("On Monday, armed men ambushed civilians north of Yombio (Dungu, Haut-Uele) near the Mbomou river."),
    ).toMatchObject({ country: { iso2: "CD" } });
  });

  it("takes a later report of the same kind of incident for the one the article opened with", () => {
    const { events } = article(
      "Seven people died in a horror tram crash, police said.",
      "Investigators said the tram was travelling at a significantly higher speed than permitted.",
      "Friends described how one of the dead had been travelling to work.",
      "A spokeswoman added that the inquiry would take months.",
      "FirstGroup confirmed it was company policy for drivers to keep their phones away.",
      "More than 50 people were injured when the vehicle left the track in Croydon on Wednesday.",
    );
    const accidents = events.filter((e) => e.type.subEventType === "Accident");
    expect(accidents).toHaveLength(1);
    expect(accidents[0]).toMatchObject({
      date: { start: "2021-06-09", basis: "occurred" },
      location: { name: "Croydon" },
    });
  });

  it("codes a protest whose crowd turns violent as a violent demonstration", () => {
    const { events } = article(
      "Around 2,500 people demonstrated in Magdeburg on Monday against coronavirus measures.",
      "Demonstrators threw bottles and fireworks at police officers.",
    );
    expect(events[0]!.type).toMatchObject({ eventType: "Riots", subEventType: "Violent demonstration" });
    expect(events.filter((e) => e.type.eventType === "Protests" || e.type.eventType === "Riots")).toHaveLength(1);
  });
});

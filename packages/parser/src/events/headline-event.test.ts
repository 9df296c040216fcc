import { describe, expect, it } from "vitest";
import { parse } from "../parse.js";

const article = (title: string, body: string, published = "2016-11-09") =>
  parse(JSON.stringify({ title, maintext: body, date_publish: published }), { format: "newsplease" });

describe("the headline's event", () => {
  it("is the main event when the headline and lead report nothing the rules know", () => {
    const { events } = article(
      "Toblerone changes the shape of its bars",
      "LONDON - The maker of Toblerone said on Tuesday that it had widened the gaps between the peaks of its bars in the United Kingdom.\n\nFans were not pleased.",
    );
    expect(events[0]).toMatchObject({
      salience: "main",
      type: { eventType: "Other", subEventType: "Reported event", acled: false },
    });
    expect(events[0]!.date).toMatchObject({ start: "2016-11-08", precision: "day" });
    expect(events[0]!.location?.country?.iso2).toBe("GB");
    expect(events[0]!.evidence[0]!.part).toBe("title");
  });

  it("is placed in a town the next sentence names within the country the headline gave", () => {
    const { events } = article(
      "German consulate in Afghanistan bombed",
      "At least two people died in a suicide attack on the German consulate in a city in northern Afghanistan. A car packed with explosives was rammed into the wall of the consulate in Mazar-i-Sharif.",
    );
    expect(events[0]!.location).toMatchObject({ kind: "town", country: { iso2: "AF" } });
    expect(events[0]!.location?.text).toBe("Mazar-i-Sharif");
  });

  it("is placed in the town within a great city that the lead names", () => {
    const { events } = article(
      "Seven killed as tram overturns in London",
      "The tram derailed near the Sandilands stop in Croydon, south London, at about 6am on Wednesday.",
    );
    expect(events[0]!.location).toMatchObject({ name: "Croydon", country: { iso2: "GB" } });
  });

  it("is placed by the first sentences of the lead, past the page's furniture", () => {
    const { events } = article(
      "FBI declares it is done investigating the emails",
      "Skip Ad. Loading the video. Talk about a November surprise. WASHINGTON -- In a stunning announcement, the director said Sunday the agency is standing by its findings.",
      "2016-11-06",
    );
    expect(events[0]!.location).toMatchObject({ name: "Washington", country: { iso2: "US" } });
  });

  it("is not added when the headline reports an event", () => {
    const { events } = article("Rockets hit a base in Iraq", "Five rockets struck the Ain al-Asad base on Tuesday.");
    expect(events.map((e) => e.type.eventType)).not.toContain("Other");
  });

  it("is what the headline says, words before the body's deeds", () => {
    const { events } = article(
      "Clinton blames Comey letter for her defeat",
      "Clinton told supporters at a rally in Daytona Beach, Florida, that voters deserved the facts.",
    );
    expect(events[0]!.type.eventType).toBe("Accusation");
  });

  it("takes its date from the lead when the headline gives none", () => {
    // Published on a Wednesday; the lead says the tram derailed on Tuesday.
    const { events } = article(
      "Seven killed as tram derails in Croydon",
      "A tram overturned on a sharp bend in Croydon on Tuesday morning, police said.",
    );
    expect(events[0]).toMatchObject({
      type: { eventType: "Incident", subEventType: "Accident" },
      date: { start: "2016-11-08", basis: "occurred" },
    });
  });

  it("takes the day it happened from the lead over the day a toll was told", () => {
    const { events } = article(
      "Taliban attack German consulate with truck bomb",
      "The death toll from the truck bombing at the German consulate in Mazar-i-Sharif rose to at least six Friday. The bombing late Thursday tore a crater in the road.",
      "2016-11-11",
    );
    expect(events[0]!.date).toMatchObject({ start: "2016-11-10", basis: "occurred" });
  });

  it("does not take a day months before publication from the lead", () => {
    const { events } = article(
      "Seven killed as tram derails in Croydon",
      "Ranked on Tue, March 22, 2016: the new cars. A tram overturned in Croydon.",
    );
    expect(events[0]!.date).toMatchObject({ start: "2016-11-09", basis: "reported" });
  });

  it("is told from the lead of a body written as one block, not from a protest mentioned far below it", () => {
    const { events } = article(
      "Leaders meet at the White House as the handover starts",
      "President Obama and his successor met for the first time on Thursday and pledged to work together. The meeting lasted ninety minutes. Aides waited outside. " +
        "Both men spoke to reporters afterwards. The successor praised the president. " +
        "In the wake of protests over the vote, a spokesman said the protesters had a right to march.",
      "2016-11-11",
    );
    expect(events[0]!.type.eventType).toBe("Statement");
    expect(events[0]!.date.start).toBe("2016-11-10");
  });
});

import { describe, expect, it } from "vitest";
import { loadGazetteer } from "../places/gazetteer.js";
import { findSentenceMentions } from "./article-mentions.js";
import { mentionOf } from "./mentions.js";

const gazetteer = loadGazetteer();
const mention = (text: string) => {
  const sentence = { part: "body" as const, paragraph: 0, start: 0, end: text.length, text, order: 0 };
  const ctx = { gazetteer, places: { countries: [] }, published: new Date(Date.UTC(2022, 2, 1)) };
  return mentionOf(sentence, { ...ctx, found: findSentenceMentions([sentence], ctx) });
};

describe("mentions", () => {
  it("codes an attack on armed men as an armed clash, on civilians as violence against civilians", () => {
    expect(mention("Militants attacked an army checkpoint and soldiers near the border.")?.trigger.subEventType).toBe(
      "Armed clash",
    );
    expect(mention("Gunmen attacked villagers in their homes.")?.trigger).toMatchObject({
      eventType: "Violence against civilians",
      subEventType: "Attack",
    });
    expect(mention("Unknown gunmen attacked a checkpoint on the outskirts of the city.")?.trigger.subEventType).toBe(
      "Armed clash",
    );
    expect(mention("Militants fired at a policeman in the town.")?.trigger.subEventType).toBe("Armed clash");
  });

  it("codes a crowd attacking someone as mob violence", () => {
    expect(mention("A group of locals beat and killed a suspected thief in the market.")?.trigger).toMatchObject({
      eventType: "Riots",
      subEventType: "Mob violence",
    });
    expect(mention("Soldiers attacked a rebel camp near the village.")?.trigger.subEventType).not.toBe("Mob violence");
    expect(mention("A suspected robber was beaten up and killed by residents.")?.trigger.subEventType).toBe(
      "Mob violence",
    );
    expect(
      mention("Members of two rival political parties clashed in the town during polling.")?.trigger.subEventType,
    ).toBe("Mob violence");
  });

  it("turns a sentence that only gives a toll into a mention that adds to the event before it", () => {
    expect(mention("Two soldiers were killed.")).toMatchObject({
      trigger: { generic: true },
      casualties: { killed: { value: 2 } },
    });
    expect(mention("The US currently has 5,200 troops in Iraq.")).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { loadGazetteer } from "../places/gazetteer.js";
import { articleContext } from "./context.js";
import type { Sentence } from "./segments.js";

const gaz = loadGazetteer();
const sentences = (...texts: string[]): Sentence[] =>
  texts.map((text, order) => ({ part: "body", paragraph: order, start: 0, end: text.length, text, order }));

describe("article context", () => {
  it("counts the countries an article is about, a place introduced by 'in' double", () => {
    const ctx = articleContext(
      sentences("Rockets hit a base in Iraq.", "Iraqi officials said US forces were unhurt."),
      gaz,
    );
    expect(ctx.countries[0]).toBe("IQ");
  });

  it("takes a mission that works in one country for that country", () => {
    expect(articleContext(sentences("The OSCE SMM observed 12 explosions near a village."), gaz).countries).toEqual([
      "UA",
    ]);
    expect(articleContext(sentences("UNAMA said three civilians died."), gaz).countries).toEqual(["AF"]);
    expect(articleContext(sentences("An OSCE delegation met ministers in Vienna."), gaz).countries).not.toContain("UA");
  });

  it("learns people's names from titles, verbs of saying and repeated pairs", () => {
    const ctx = articleContext(
      sentences(
        "President-elect Donald Trump met Barack Obama.",
        "Hillary Clinton said she was sorry.",
        "Lena Dunham cheered, and then Lena Dunham left.",
      ),
      gaz,
    );
    for (const w of ["donald", "trump", "hillary", "clinton", "lena", "dunham"])
      expect(ctx.people?.has(w), w).toBe(true);
    // A place the gazetteer knows whole is not a person, however often it comes.
    const places = articleContext(
      sentences("Fighting near Tal Afar.", "Tal Afar was quiet.", "Mosul Police said two died."),
      gaz,
    );
    expect([...(places.people ?? [])]).not.toContain("tal");
    expect([...(places.people ?? [])]).not.toContain("mosul");
    // "in Croydon" makes Croydon a place, whatever "Croydon Advertiser" twice made of it.
    const paper = ["It was in the Croydon Advertiser.", "The story, said the Croydon Advertiser, was true."];
    expect(articleContext(sentences(...paper), gaz).people?.has("croydon")).toBe(true);
    const croydon = articleContext(sentences("A tram derailed in Croydon.", ...paper), gaz);
    expect(croydon.people?.has("croydon")).toBe(false);
    expect(croydon.introduced?.has("croydon")).toBe(true);
  });

  it("does not count a town for its country when a province of another follows it", () => {
    // Azov, Russia is unambiguous, but "Azov, Donetsk" is a village of Ukraine's Donetsk.
    const ctx = articleContext(sentences("Ukrainian forces fired mortars at positions near Azov, Donetsk."), gaz);
    expect(ctx.countries).not.toContain("RU");
    expect(articleContext(sentences("Troops were seen near Azov."), gaz).countries).toEqual(["RU"]);
  });
});

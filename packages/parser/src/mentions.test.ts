import { describe, expect, it } from "vitest";
import type { Article, ParseResult } from "@sitrep/schema";
import { parse } from "./parse.js";

/** An article from a body of paragraphs, published on a given day. */
const read = (paragraphs: string[], date = "2022-03-01") =>
  parse(JSON.stringify({ title: null, maintext: paragraphs.join("\n"), date_publish: date }), { format: "newsplease" });
const places = (r: ParseResult) => r.mentions.places.map((p) => [p.text, p.location?.name ?? null]);

/** The text a span points at. */
function spanned(article: Article, s: { part: string; paragraph: number | null; start: number; end: number }) {
  const source =
    s.part === "title"
      ? article.title
      : s.part === "standfirst"
        ? article.standfirst
        : article.paragraphs[s.paragraph!];
  return source?.slice(s.start, s.end);
}

describe("the places an article mentions", () => {
  it("gives each with the words it points at, in reading order", () => {
    const r = read(["Rockets hit Baghdad on Monday.", "Officials in Erbil said the attack came from Iran."]);
    expect(places(r)).toEqual([
      ["Baghdad", "Baghdad"],
      ["Erbil", "Erbil"],
      ["Iran", "Iran"],
    ]);
    for (const p of r.mentions.places) expect(spanned(r.article, p)).toBe(p.text);
  });

  it("names continents, seas and countries by their adjectives, and never places an event by them", () => {
    const r = read(["A Turkish warship sank in the Mediterranean on Monday, killing five sailors off Africa."]);
    expect(places(r)).toEqual([
      ["Turkish", "Türkiye"],
      ["Mediterranean", "Mediterranean Sea"],
      ["Africa", "Africa"],
    ]);
    expect(r.events.every((e) => e.location?.name !== "Africa" && e.location?.name !== "Mediterranean Sea")).toBe(true);
  });

  it("does not take a person's surname for a town once the article gives the full name", () => {
    const r = read(["Joe Walsh spoke to reporters in Dublin on Monday.", "The talks will go on, Walsh said."]);
    expect(places(r)).toEqual([["Dublin", "Dublin"]]);
  });

  it("does not take a list of band members for a village in a province", () => {
    const r = read(["Tom Johnston, Michael McDonald and Pat Simmons will tour North America this summer."]);
    expect(places(r)).toEqual([["North America", "North America"]]);
  });

  it("does not take a month's short form for a town", () => {
    const r = read(["Shares rose 5% on Nov. 16 in Tokyo."]);
    expect(places(r)).toEqual([["Tokyo", "Tokyo"]]);
  });

  it("reads the places inside compounds: 'Turkish-backed', 'Britain-based', 'EU-Canada'", () => {
    const r = read(["Turkish-backed fighters and a Britain-based monitor met before the EU-Canada summit."]);
    expect(places(r)).toEqual([
      ["Turkish", "Türkiye"],
      ["Britain", "United Kingdom"],
      ["EU", "Europe"],
      ["Canada", "Canada"],
    ]);
    // A name the gazetteer knows whole keeps its hyphen.
    expect(places(read(["Aid reached Guinea-Bissau on Monday."]))).toEqual([["Guinea-Bissau", "Guinea-Bissau"]]);
  });

  it("finds a town again where the article names it without saying it is one", () => {
    const r = read([
      "A gunman opened fire at a school in Parkland on Wednesday.",
      "Parkland students marched on Friday.",
    ]);
    expect(places(r)).toEqual([
      ["Parkland", "Parkland"],
      ["Parkland", "Parkland"],
    ]);
  });

  it("reads places in text written in capitals, as wire copy and telex are", () => {
    const r = read(["THE ARMY ATTACKED REBEL POSITIONS NEAR SOYAPANGO AND IN CHALATENANGO DEPARTMENT."]);
    expect(places(r)).toEqual([
      ["SOYAPANGO", "Soyapango"],
      ["CHALATENANGO DEPARTMENT", "Chalatenango"],
    ]);
  });

  it("reads an ambiguous town in the country of the dateline or of the outlet's domain", () => {
    expect(places(read(["LONDON — Police in Manchester arrested two men."])).map((p) => p[1])).toEqual([
      "London",
      "Manchester",
    ]);
    const country = (r: ParseResult) => r.mentions.places.find((p) => p.text === "Manchester")?.location?.country?.iso2;
    expect(country(read(["LONDON — Police in Manchester arrested two men."]))).toBe("GB");
    const onSite = parse("Arrests\n\nPolice in Manchester arrested two men on Monday.", {
      url: "https://news.example.co.uk/arrests",
      publishedAt: "2022-03-01",
    });
    expect(country(onSite)).toBe("GB");
  });

  it("reads a state as the state, not a small town named for it, and a shared demonym as the larger country's", () => {
    const r = read(["He was turned down by California colleges, an Indian student in the United States said."]);
    expect(r.mentions.places.map((p) => [p.text, p.location?.name, p.location?.kind])).toEqual([
      ["California", "California", "province"],
      ["Indian", "India", "country"],
      ["United States", "United States", "country"],
    ]);
  });
});

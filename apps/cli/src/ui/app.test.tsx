import { render } from "ink-testing-library";
import { describe, expect, it } from "vitest";
import { parse } from "@sitrep/parser";
import type { ArticleHit, EventGroup, StoredArticle } from "@sitrep/store";
import { App } from "./app.js";
import { DEFAULT_BINDINGS } from "./keys.js";
import type { BrowseData } from "./data-source.js";

const ESC = "\u001b";
const wait = (ms = 30) => new Promise((r) => setTimeout(r, ms));

function article(id: string, title: string, body: string): { hit: ArticleHit; stored: StoredArticle } {
  const result = parse(`${title}\n\n${body}`, { publishedAt: "2021-06-09" });
  const a = result.article;
  const hit: ArticleHit = {
    id,
    url: a.url,
    title: a.title,
    standfirst: a.standfirst,
    source: { name: "Wire", domain: "wire.example" },
    publishedAt: a.publishedAt,
    readingTimeMinutes: a.readingTimeMinutes,
    language: null,
    tags: [],
    read: false,
    favourite: false,
    events: result.events.map((e) => ({
      eventId: e.id,
      groupId: "g",
      eventType: e.type.eventType,
      subEventType: e.type.subEventType,
      killed: e.casualties.killed.value,
      salience: e.salience,
    })),
    snippet: null,
  };
  return {
    hit,
    stored: { result, origin: id, read: false, favourite: false, ingestedAt: "", updatedAt: "", groups: {} },
  };
}

function fakeData() {
  const items = [
    article(
      "a1",
      "Gunmen attack checkpoint in Fallujah",
      "Gunmen attacked a police checkpoint in Fallujah on Monday, killing two policemen, officials said.",
    ),
    article(
      "a2",
      "Protest in Basra over power cuts",
      "Hundreds of people protested in Basra on Monday over power cuts.",
    ),
    article(
      "a3",
      `Evil ${ESC}]0;pwned${"\u0007"}title ${ESC}[2J${ESC}[31mred`,
      `Body with ${ESC}[1;1Hcursor moves and ${"\u009b"}31m C1 controls.`,
    ),
  ];
  // A stored address is hostile too: a crafted one retitled the terminal from the status line.
  items[2]!.hit.url = `https://evil.example/${ESC}]0;pwned${"\u0007"}x`;
  const calls: string[] = [];
  const groups: EventGroup[] = [
    {
      id: "g1",
      eventType: "Violence against civilians",
      subEventType: "Attack",
      date: { start: "2021-06-07", end: "2021-06-07", precision: "day" },
      location: {
        name: "Fallujah",
        admin1: "Al Anbar",
        admin1Code: "IQ-AN",
        country: "Iraq",
        iso2: "IQ",
        lat: 33.3,
        lon: 43.7,
        precision: "exact",
      },
      killed: 2,
      injured: null,
      summary: "Attack",
      articleCount: 1,
      sources: [],
    },
  ];
  const data: BrowseData = {
    articles: async ({ q, filters }) => {
      if (filters && Object.keys(filters).length) calls.push(`filters ${JSON.stringify(filters)}`);
      return {
        items: items.map((i) => i.hit).filter((h) => !q || h.title.toLowerCase().includes(q.toLowerCase())),
        next: null,
      };
    },
    article: async (id) => items.find((i) => i.hit.id === id)?.stored ?? null,
    events: async () => ({ items: groups, next: null }),
    setRead: async (id, read) => {
      calls.push(`read ${id} ${read}`);
    },
    setFavourite: async (id, fav) => {
      calls.push(`favourite ${id} ${fav}`);
    },
    refresh: async () => {
      calls.push("refresh");
      return "Refreshed 1 feed: 0 new.";
    },
  };
  return { data, calls };
}

async function start() {
  const { data, calls } = fakeData();
  const ui = render(<App data={data} />);
  await wait();
  const press = async (keys: string) => {
    ui.stdin.write(keys);
    await wait();
  };
  return { ui, press, calls, frame: () => ui.lastFrame() ?? "" };
}

describe("terminal UI", () => {
  it("lists articles and moves the selection with j and k", async () => {
    const { frame, press } = await start();
    expect(frame()).toContain("Gunmen attack checkpoint in Fallujah");
    expect(frame()).toContain("Protest in Basra over power cuts");
    await press("j");
    await press("j");
    await press("k");
    // The second article is selected: open it.
    await press("\r");
    expect(frame()).toContain("sitrep · Reader");
    expect(frame()).toContain("Hundreds of people protested in Basra");
  });

  it("opens the reader with the event cards, marks the article read, and goes back with Esc", async () => {
    const { frame, press, calls } = await start();
    await press("\r");
    expect(frame()).toContain("▸ ");
    expect(frame()).toContain("killing two policemen");
    expect(calls).toContain("read a1 true");
    await press(ESC);
    await wait(60);
    expect(frame()).toContain("sitrep · Articles");
  });

  it("switches to the events view with Tab", async () => {
    const { frame, press } = await start();
    await press("\t");
    expect(frame()).toContain("sitrep · Events");
    expect(frame()).toContain("2021-06-07");
    expect(frame()).toContain("Attack · Fallujah, Al Anbar, Iraq · 2 killed · 1 source");
  });

  it("gives each key to the view on screen only: Enter opens from the list, not from events or help", async () => {
    const { frame, press, calls } = await start();
    await press("\t");
    await press("\r");
    expect(frame()).toContain("sitrep · Events");
    await press("?");
    await press("\r");
    expect(frame()).toContain("sitrep · Help");
    // q closes help, then leaves events; only in the list does it quit.
    await press("q");
    await press("q");
    expect(frame()).toContain("sitrep · Articles");
    expect(calls).toEqual([]);
    await press("\r");
    expect(frame()).toContain("sitrep · Reader");
  });

  it("shows help on ? and closes it again", async () => {
    const { frame, press } = await start();
    await press("?");
    expect(frame()).toContain("Keys");
    expect(frame()).toContain("read / unread");
    await press("?");
    expect(frame()).toContain("sitrep · Articles");
  });

  it("toggles read and favourite", async () => {
    const { frame, press, calls } = await start();
    await press("m");
    await press("s");
    expect(calls).toEqual(["read a1 true", "favourite a1 true"]);
    expect(frame()).toContain("★");
  });

  it("searches with /", async () => {
    const { frame, press } = await start();
    await press("/");
    await press("basra");
    expect(frame()).toContain("/basra");
    await press("\r");
    expect(frame()).toContain("Search: basra");
    expect(frame()).not.toContain("Gunmen attack checkpoint");
  });

  it("filters with f, and explains a bad filter", async () => {
    const { frame, press, calls } = await start();
    await press("f");
    await press("country=Iraq");
    expect(frame()).toContain("filter: country=Iraq");
    await press("\r");
    expect(calls).toContain('filters {"country":"Iraq"}');
    expect(frame()).toContain("Filtered: country=Iraq");
    await press("f");
    await press(" from=soon");
    await press("\r");
    expect(frame()).toMatch(/from/);
  });

  it("scrolls with the mouse wheel", async () => {
    const { frame, press } = await start();
    await press("\u001b[<65;10;5M");
    await press("\r");
    // Three down from the first article is the last of three.
    expect(frame()).toContain("Body with");
  });

  it("refreshes feeds with r and says so on the status line", async () => {
    const { frame, press, calls } = await start();
    await press("r");
    expect(calls).toContain("refresh");
    expect(frame()).toContain("Refreshed 1 feed: 0 new.");
  });

  it("copies the address with y (OSC 52), and says when there is none", async () => {
    const { frame, press } = await start();
    await press("y");
    expect(frame()).toContain("This article has no web address.");
  });

  it("shows a copied address on the status line with its escape sequences drawn inert", async () => {
    const { frame, press } = await start();
    await press("G");
    await press("y");
    expect(frame()).toContain("Copied https://evil.example/x");
    expect(frame()).not.toContain("\u0007");
  });

  it("uses bindings from the configuration", async () => {
    const { data } = fakeData();
    const ui = render(<App data={data} bindings={{ ...DEFAULT_BINDINGS, down: ["x"] }} />);
    await wait();
    ui.stdin.write("x");
    await wait();
    ui.stdin.write("\r");
    await wait();
    expect(ui.lastFrame()).toContain("Hundreds of people protested");
  });

  it("jumps to the last and first article with G and gg", async () => {
    const { frame, press } = await start();
    await press("G");
    await press("\r");
    expect(frame()).toContain("Body with");
    await press(ESC);
    await wait(60);
    await press("g");
    await press("g");
    await press("\r");
    expect(frame()).toContain("killing two policemen");
  });

  it("draws an article's escape-sequence payloads as inert text", async () => {
    const { frame, press } = await start();
    const list = frame();
    expect(list).toContain("Evil");
    expect(list).not.toContain("pwned\u0007");
    expect(list).not.toContain("\u001b]0;");
    expect(list).not.toContain("\u001b[2J");
    await press("G");
    await press("\r");
    const reader = frame();
    expect(reader).toContain("cursor moves and");
    expect(reader).not.toContain("\u001b[1;1H");
    expect(reader).not.toContain("\u009b");
  });
});

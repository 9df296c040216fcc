import { describe, expect, it } from "vitest";
import type { ArticleHit } from "@sitrep/store";
import { initialState, reducer } from "./state.js";

const hit = (id: string) => ({ id, read: false, favourite: false }) as ArticleHit;

describe("UI state", () => {
  it("keeps the selection within the list", () => {
    let s = reducer(initialState, { type: "articles", articles: [hit("a"), hit("b")], query: "" });
    s = reducer(s, { type: "move", by: 5 });
    expect(s.selected).toBe(1);
    s = reducer(s, { type: "move", by: -9 });
    expect(s.selected).toBe(0);
  });

  it("returns from help to where it was", () => {
    let s = reducer(initialState, { type: "view", view: "events" });
    s = reducer(s, { type: "view", view: "help" });
    s = reducer(s, { type: "back" });
    expect(s.view).toBe("events");
  });

  it("marks an article read or favourite in the list", () => {
    let s = reducer(initialState, { type: "articles", articles: [hit("a")], query: "" });
    s = reducer(s, { type: "mark", id: "a", favourite: true });
    expect(s.articles[0]).toMatchObject({ read: false, favourite: true });
  });
});

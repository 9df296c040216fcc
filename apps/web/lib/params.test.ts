import { describe, expect, it } from "vitest";
import { articleQuery, eventQuery, fromSearchParams, withParams } from "./params";

describe("query strings as searches", () => {
  it("maps the URL's short names to the store's filters", async () => {
    const parsed = await articleQuery(
      fromSearchParams(new URLSearchParams("q=rockets&type=Battles&country=IQ&read=no&favourite=yes&from=2019-12-01")),
    );
    expect(parsed).toMatchObject({
      ok: true,
      query: {
        q: "rockets",
        eventType: "Battles",
        country: "IQ",
        read: false,
        favourite: true,
        from: "2019-12-01",
        limit: 25,
        sort: "newest",
      },
    });
  });

  it("treats empty fields of a submitted form as absent", async () => {
    const parsed = await eventQuery(fromSearchParams(new URLSearchParams("q=&country=&type=&sort=")));
    expect(parsed).toEqual({ ok: true, query: { limit: 50, sort: "newest" } });
  });

  it("names the bad parameter by its URL name", async () => {
    const bad = await articleQuery({ type: "Parades" });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.message).toMatch(/at type/);
    const limit = await eventQuery({ limit: "lots" });
    expect(limit.ok).toBe(false);
    if (!limit.ok) expect(limit.message).toMatch(/limit/);
    const range = await eventQuery({ from: "2020-01-02", to: "2020-01-01" });
    expect(range.ok).toBe(false);
    if (!range.ok) expect(range.message).toMatch(/from must not be after to/);
    expect((await articleQuery({ read: "maybe" })).ok).toBe(false);
  });

  it("takes the first of a repeated parameter", async () => {
    expect(await articleQuery({ q: ["a", "b"] })).toMatchObject({ ok: true, query: { q: "a" } });
  });

  it("builds links that change one parameter and drop emptied ones", async () => {
    expect(withParams({ q: "rockets", cursor: "abc" }, { cursor: undefined, country: "IQ" })).toBe(
      "?q=rockets&country=IQ",
    );
    expect(withParams({}, {})).toBe("");
  });
});

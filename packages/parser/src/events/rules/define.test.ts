import { describe, expect, it } from "vitest";
import { checkRules, patternOf } from "./define.js";
import { either, oneOf, words } from "../../text/pattern.js";

const examples = { yes: ["a"], no: ["b"] };

describe("rules as data", () => {
  it("builds a pattern one alternative a line, skipping blank and comment lines, with vocabularies", () => {
    const colours = oneOf`
      red
      gre+n
    `;
    const p = words`
      // colours first
      ${colours} paint

      blue
    `;
    expect(p.alternatives).toEqual(["(?:red|gre+n) paint", "blue"]);
    expect(p.source).toBe("\\b(?:(?:red|gre+n) paint|blue)\\b");
    expect(
      either`
      a\b
      b
    `.source,
    ).toBe("a\\b|b");
  });

  it("refuses a rule whose sub-type is not its type's, naming the rule", () => {
    const bad = [{ id: "odd-one", type: "Protests", sub: "Air/drone strike", examples }];
    expect(() => checkRules("typing", bad, true)).toThrow(/typing rule "odd-one".*sub-type is not one of its type's/);
  });

  it("refuses a rule without a `no` example, and two rules of one id", () => {
    expect(() => checkRules("weapon", [{ id: "gun", examples: { yes: ["x"], no: [] } }])).toThrow(
      /weapon rule "gun": examples.no: needs at least one `no` example/,
    );
    expect(() =>
      checkRules("weapon", [
        { id: "gun", examples },
        { id: "gun", examples },
      ]),
    ).toThrow(/has this id/);
  });

  it("names the line of a pattern that is not a regular expression", () => {
    const rule = {
      id: "broken",
      match: either`
      fine
      (?:unclosed
    `,
    };
    expect(() => patternOf("typing", rule)).toThrow(/typing rule "broken": line 2 \(\(\?:unclosed\)/);
  });
});

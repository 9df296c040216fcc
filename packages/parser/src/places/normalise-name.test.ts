import { describe, expect, it } from "vitest";
import { nameVariants, normaliseName } from "./normalise-name.js";

describe("place name keys", () => {
  it("gives two spellings of one name one key: marks, apostrophes, hyphens and letters with their mark within", () => {
    expect(normaliseName("Fallūjah")).toBe(normaliseName("Fallujah"));
    expect(normaliseName("‘Anah")).toBe("anah");
    expect(normaliseName("al-Anbar")).toBe("al anbar");
    expect(normaliseName("Łódź")).toBe("lodz");
    expect(normaliseName("Tromsø")).toBe("tromso");
    expect(normaliseName("Şanlıurfa")).toBe("sanliurfa");
    expect(normaliseName("Großbeeren")).toBe("grossbeeren");
  });

  it("adds the forms a name is also written in", () => {
    expect(nameVariants("Ar Raqqa")).toContain("raqqa");
    expect(nameVariants("Anbar Province")).toContain("anbar");
    expect(nameVariants("St. Petersburg")).toContain("saint petersburg");
  });
});

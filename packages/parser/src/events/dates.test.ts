import { describe, expect, it } from "vitest";
import { eventDates, findDates } from "./dates.js";

// Wednesday 4 December 2019, the sample's publication day.
const WEDNESDAY = new Date(Date.UTC(2019, 11, 4));
const one = (text: string, published: Date | null = WEDNESDAY) => {
  const found = findDates(text, published);
  expect(found, text).toHaveLength(1);
  return found[0]!.date;
};

describe("dates against the publication date", () => {
  it("resolves a weekday to the past one", () => {
    expect(one("The base was struck on Tuesday.")).toMatchObject({
      start: "2019-12-03",
      end: "2019-12-03",
      precision: "day",
      basis: "occurred",
    });
  });

  it("never puts a weekday after publication: Thursday in a Wednesday article is last week's", () => {
    expect(one("Gunmen attacked a village on Thursday.")).toMatchObject({ start: "2019-11-28", precision: "day" });
  });

  it("reads a month's name and two digits as a day of it, as news writes dates", () => {
    expect(one("Speaking from the Oval Office, Nov. 10, the president said he was encouraged.")).toMatchObject({
      start: "2019-11-10",
      precision: "day",
    });
    expect(one("The talks began on November 14 in Doha.")).toMatchObject({ start: "2019-11-14", precision: "day" });
    // With four digits it is still a year.
    expect(one("Prices rose in November 2015.")).toMatchObject({ start: "2015-11-01", precision: "month" });
  });

  it("reads 'last night' as the night before publication, not the day itself", () => {
    expect(one("Gunmen stormed a police post late last night.")).toMatchObject({
      start: "2019-12-03",
      end: "2019-12-03",
      precision: "day",
    });
    expect(one("Rockets hit the base last night, officials said.")).toMatchObject({ start: "2019-12-03" });
    // "tonight" is still the day it was written.
    expect(one("Protesters will not gather tonight.")).toMatchObject({ start: "2019-12-04" });
  });

  it("puts a day and month without a year in the past", () => {
    expect(one("Officials said on 9 November that ...")).toMatchObject({ start: "2019-11-09" });
    expect(one("Clashes broke out on 20 December.")).toMatchObject({ start: "2018-12-20" });
  });

  it("takes the day a toll rose as the day it was reported, not the day of the attack", () => {
    expect(one("The death toll from the truck bombing at the consulate rose to at least six Friday.")).toMatchObject({
      start: "2019-11-29",
      basis: "reported",
    });
    expect(one("The truck bomb exploded late Thursday.")).toMatchObject({ start: "2019-11-28", basis: "occurred" });
  });

  it("reads no date into a gallery's count or a bare number pair", () => {
    expect(findDates("Croydon tram crash (1/8) Police at the scene.", WEDNESDAY)).toEqual([]);
    expect(one("The attack took place on 3/11/2019.")).toMatchObject({ start: "2019-11-03", precision: "day" });
  });

  it("gives a month its whole span, with month precision, in the past", () => {
    expect(one("In October, the minister said ...")).toEqual({
      start: "2019-10-01",
      end: "2019-10-31",
      precision: "month",
      text: "October",
      basis: "occurred",
    });
    expect(one("In January, a bomb exploded.")).toMatchObject({
      start: "2019-01-01",
      end: "2019-01-31",
      precision: "month",
    });
  });

  it("reads no month into a march, or into may the verb", () => {
    expect(findDates("Police said the march ended without incident.", WEDNESDAY)).toEqual([]);
    expect(findDates("Officials fear the militants may strike again.", WEDNESDAY)).toEqual([]);
    expect(one("Protesters marched in March, organisers said.")).toMatchObject({
      start: "2019-03-01",
      precision: "month",
    });
  });

  it("resolves yesterday and last week", () => {
    expect(one("Police said yesterday that ...")).toMatchObject({ start: "2019-12-03", precision: "day" });
    expect(one("A convoy was ambushed last week.")).toMatchObject({
      start: "2019-11-25",
      end: "2019-12-01",
      precision: "week",
    });
  });

  it("reads ranges", () => {
    expect(one("Fighting raged between 1 and 3 November.")).toMatchObject({
      start: "2019-11-01",
      end: "2019-11-03",
      precision: "day",
    });
    expect(one("Protests took place from 5 to 7 March 2018.")).toMatchObject({
      start: "2018-03-05",
      end: "2018-03-07",
    });
  });

  it("turns vague spans into spans with vague precision", () => {
    expect(one("Several strikes targeted the group in recent months.")).toMatchObject({
      end: "2019-12-04",
      precision: "vague",
    });
    expect(one("It happened in the past few months.")).toMatchObject({
      precision: "vague",
      text: "in the past few months",
    });
    expect(one("Attacks rose in early November.")).toMatchObject({
      start: "2019-11-01",
      end: "2019-11-10",
      precision: "vague",
    });
  });

  it("reads day-month order as outside the US", () => {
    expect(one("The attack on 3/12/2019 killed two.")).toMatchObject({ start: "2019-12-03" });
  });

  it("tells the date something was said from the date it happened", () => {
    expect(one("At least 17 rockets struck a base, a source said on 9 November.")).toMatchObject({ basis: "reported" });
    expect(one("At least 17 rockets struck a base on 9 November.")).toMatchObject({ basis: "occurred" });
  });

  it("finds no date in counts or reading times", () => {
    expect(findDates("The US has 5,200 troops in Iraq.", WEDNESDAY)).toEqual([]);
    expect(findDates("2 min read", WEDNESDAY)).toEqual([]);
  });

  it("without a publication date resolves only dates with a year", () => {
    expect(findDates("It happened on Tuesday.", null)).toEqual([]);
    // Relative to a day nobody gave: no date, not one of some default year.
    expect(findDates("They were all here tonight.", null)).toEqual([]);
    expect(findDates("The mine exploded two days ago.", null)).toEqual([]);
    expect(one("It happened on 3 December 2019.", null)).toMatchObject({ start: "2019-12-03" });
  });
});

describe("dates as the text says them, and the ones events may use", () => {
  const forEvents = (text: string) => eventDates(findDates(text, WEDNESDAY), WEDNESDAY).map((d) => d.date);

  it("puts a plan's month and weekday ahead, and no event on them", () => {
    expect(one("The court will rule on the appeal in February.")).toMatchObject({
      start: "2020-02-01",
      end: "2020-02-29",
    });
    expect(one("The minister is expected to visit on Friday.")).toMatchObject({ start: "2019-12-06" });
    expect(forEvents("The court will rule on the appeal in February.")).toEqual([]);
  });

  it("keeps a day of the last month in the past even in a sentence about the future", () => {
    const found = findDates("The results of the November 28 vote will be published.", WEDNESDAY);
    expect(found.map((d) => d.date.start)).toEqual(["2019-11-28"]);
  });

  it("reads this, last and next week, month and year as the whole unit; an event's ends at publication", () => {
    expect(one("Fighting has displaced thousands this year.")).toMatchObject({
      start: "2019-01-01",
      end: "2019-12-31",
      precision: "year",
    });
    expect(forEvents("Fighting has displaced thousands this year.")).toMatchObject([{ end: "2019-12-04" }]);
    expect(one("The talks resume next week.")).toMatchObject({
      start: "2019-12-09",
      end: "2019-12-15",
      precision: "week",
    });
    expect(one("Prices fell last month.")).toMatchObject({ start: "2019-11-01", end: "2019-11-30" });
  });

  it("reads 'two years ago' at the grain of a year, not as a day", () => {
    expect(one("The plant closed two years ago.")).toMatchObject({ start: "2017-01-01", end: "2017-12-31" });
    expect(one("The mine exploded two days ago.")).toMatchObject({ start: "2019-12-02", end: "2019-12-02" });
  });

  it("reads quarters, fiscal years and years alone, none of them an event's date", () => {
    expect(one("Third-quarter profit rose 5%.")).toMatchObject({
      start: "2019-07-01",
      end: "2019-09-30",
      precision: "quarter",
    });
    expect(one("Output has grown since 1988.")).toMatchObject({
      start: "1988-01-01",
      end: "1988-12-31",
      precision: "year",
    });
    expect(forEvents("Output has grown since 1988.")).toEqual([]);
    expect(findDates("Some 1988 people were evacuated.", WEDNESDAY)).toEqual([]);
  });

  it("marks 'now', 'recently' and 'the future' as vague times of writing, never an event's date", () => {
    expect(one("Prices are now falling.")).toMatchObject({ start: "2019-12-04", precision: "vague" });
    expect(one("He recently left.")).toMatchObject({ start: null, end: "2019-12-04", precision: "vague" });
    expect(one("Talks will resume in the near future.")).toMatchObject({
      start: "2019-12-04",
      end: null,
      precision: "vague",
    });
    expect(forEvents("He recently left and prices are now falling.")).toEqual([]);
  });

  it("reads a deadline's date ahead, and a year earlier in a report of a quarter as that quarter", () => {
    expect(one("The offer stays open until mid-January.", WEDNESDAY)).toMatchObject({ start: "2020-01-11" });
    expect(one("Shareholders have until Jan. 10 to decide.")).toMatchObject({ start: "2020-01-10" });
    const quarter = findDates("Third-quarter profit rose to $5 million from $4 million a year earlier.", WEDNESDAY);
    expect(quarter.map((d) => [d.text, d.date.start, d.date.end])).toEqual([
      ["Third-quarter", "2019-07-01", "2019-09-30"],
      ["a year earlier", "2018-07-01", "2018-09-30"],
    ]);
  });

  it("reads seasons, parts of the day, tomorrow and year-end, and 'the fall of' a regime as no season", () => {
    expect(one("Prices rose this summer.")).toMatchObject({
      start: "2019-06-01",
      end: "2019-08-31",
      precision: "vague",
    });
    expect(one("Gunmen attacked a bank this morning.")).toMatchObject({ start: "2019-12-04", precision: "day" });
    expect(one("The court rules tomorrow.")).toMatchObject({ start: "2019-12-05" });
    expect(one("The plant will close by year-end.")).toMatchObject({ start: "2019-01-01", end: "2019-12-31" });
    expect(findDates("The fall of the regime was sudden.", WEDNESDAY)).toEqual([]);
    expect(forEvents("The court rules tomorrow.")).toEqual([]);
  });

  it("dates a recalled event by 'in' a past year, where its sentence gives no other date", () => {
    expect(forEvents("In 2003 an earthquake in the city of Bam left 25,000 people dead.")).toMatchObject([
      { start: "2003-01-01", end: "2003-12-31", precision: "year" },
    ]);
    expect(forEvents("Gunmen who were jailed in 2012 attacked a police post on Tuesday.")).toMatchObject([
      { start: "2019-12-03" },
    ]);
    expect(forEvents("Unemployment rose in 2019.")).toEqual([]);
    expect(forEvents("The protest marked the anniversary of students killed by police in 1988.")).toEqual([]);
  });
});

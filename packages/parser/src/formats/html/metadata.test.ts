import { describe, expect, it } from "vitest";
import { parse } from "../../parse.js";

const BODY = `<p>Three rockets struck near the airport in the early hours, officials said, causing damage to a hangar but no casualties.</p>
  <p>The security forces closed the road to the airport for several hours while experts searched the area for more rockets.</p>
  <p>No group has said it carried out the attack, the latest of several against the airport this year.</p>`;

/** A page with the given head and the same article body; `before` goes above the text, in the article. */
const page = (head: string, before = "", url = "https://news.example/world/rockets") =>
  parse(`<!doctype html><html><head>${head}</head><body><article>${before}${BODY}</article></body></html>`, {
    url,
    events: false,
  }).article;

describe("page metadata, from each place a page may keep it", () => {
  it("JSON-LD NewsArticle, inside @graph: headline, dates, authors, publisher, section, keywords, image", () => {
    const ld = {
      "@context": "https://schema.org",
      "@graph": [
        { "@type": "WebSite", name: "Not the article" },
        {
          "@type": "NewsArticle",
          headline: "Rockets strike near the airport",
          datePublished: "2024-03-05T04:10:00+03:00",
          dateModified: "2024-03-05T09:00:00Z",
          author: [
            { "@type": "Person", name: "Lina Haddad" },
            { "@type": "Person", name: "Omar Saleh" },
          ],
          publisher: { "@type": "Organization", name: "The Example Times" },
          articleSection: "World",
          keywords: "Iraq, Security",
          image: {
            "@type": "ImageObject",
            url: "https://news.example/img/airport.jpg",
            caption: "Smoke over the airport",
            creditText: "Jane Roe/AFP",
          },
          inLanguage: "en-GB",
        },
      ],
    };
    const a = page(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`);
    expect(a).toMatchObject({
      title: "Rockets strike near the airport",
      // At the page's own offset: its local day is the day "on Tuesday" counts from.
      publishedAt: "2024-03-05T04:10:00+03:00",
      updatedAt: "2024-03-05T09:00:00Z",
      authors: ["Lina Haddad", "Omar Saleh"],
      source: { name: "The Example Times", domain: "news.example" },
      section: "World",
      tags: ["Iraq", "Security"],
      language: "en-GB",
      image: { url: "https://news.example/img/airport.jpg", caption: "Smoke over the airport", credit: "Jane Roe/AFP" },
    });
  });

  it("OpenGraph and article: meta tags, with the canonical link and the page's language", () => {
    const a = parse(
      `<!doctype html><html lang="fr"><head>
        <link rel="canonical" href="https://news.example/2024/airport-rockets">
        <meta property="og:title" content="Roquettes près de l'aéroport">
        <meta property="og:site_name" content="Exemple Info">
        <meta property="og:description" content="Trois roquettes sont tombées près de l'aéroport.">
        <meta property="og:image" content="/img/aeroport.jpg">
        <meta property="article:published_time" content="2024-03-05T06:00:00Z">
        <meta property="article:modified_time" content="2024-03-05T08:30:00Z">
        <meta property="article:section" content="Monde">
        <meta property="article:tag" content="Irak"><meta property="article:tag" content="Sécurité">
        <meta name="author" content="Lina Haddad and Omar Saleh">
      </head><body><article>${BODY}</article></body></html>`,
      { url: "https://news.example/amp/airport", events: false },
    ).article;
    expect(a).toMatchObject({
      url: "https://news.example/2024/airport-rockets",
      title: "Roquettes près de l'aéroport",
      standfirst: "Trois roquettes sont tombées près de l'aéroport.",
      source: { name: "Exemple Info" },
      publishedAt: "2024-03-05T06:00:00Z",
      updatedAt: "2024-03-05T08:30:00Z",
      section: "Monde",
      tags: ["Irak", "Sécurité"],
      authors: ["Lina Haddad", "Omar Saleh"],
      language: "fr",
      image: { url: "https://news.example/img/aeroport.jpg" },
    });
  });

  it("other meta tags: Dublin Core dates and keywords", () => {
    const a = page(
      `<title>Rockets | Example</title><meta name="DC.date.issued" content="2024-03-05"><meta name="keywords" content="rockets, airport">`,
    );
    expect(a.publishedAt).toBe("2024-03-05");
    expect(a.tags).toEqual(["rockets", "airport"]);
  });

  it("a <time> element, published and updated told apart", () => {
    const a = page(
      "<title>Rockets</title>",
      `<p class="meta"><time class="updated" datetime="2024-03-06T10:00:00Z">6 March</time> <time pubdate datetime="2024-03-05T07:00:00Z">5 March</time></p>`,
    );
    expect(a.publishedAt).toBe("2024-03-05T07:00:00Z");
    expect(a.updatedAt).toBe("2024-03-06T10:00:00Z");
  });

  it("a visible dateline and byline, kept out of the text", () => {
    const a = page(
      "<title>Rockets</title>",
      `<div class="article-byline">By Lina Haddad</div><div class="article-date">Published 5 March 2024</div>`,
    );
    expect(a.publishedAt).toBe("2024-03-05");
    expect(a.authors).toEqual(["Lina Haddad"]);
    expect(a.text).not.toMatch(/Published|Haddad/);
    expect(a.paragraphs).toHaveLength(3);
  });

  it("the URL's date when the page says nothing else, and no date at all when the URL has none", () => {
    expect(page("<title>Rockets</title>", "", "https://news.example/2024/03/05/rockets-airport").publishedAt).toBe(
      "2024-03-05",
    );
    expect(page("<title>Rockets</title>", "", "https://news.example/world/20240305-rockets").publishedAt).toBe(
      "2024-03-05",
    );
    expect(page("<title>Rockets</title>", "", "https://news.example/world/rockets-2024").publishedAt).toBeNull();
  });

  it("the lead image's caption and credit from the page's figure, split where the credit is marked or trails", () => {
    const marked = page(
      `<meta property="og:image" content="https://cdn.example/photos/airport-1200.jpg">`,
      `<figure><img src="https://cdn.example/photos/airport-1200.jpg" alt=""><figcaption>Smoke rises over the airport on Tuesday. <span class="credit">Photo: Jane Roe/AFP</span></figcaption></figure>`,
    );
    expect(marked.image).toEqual({
      url: "https://cdn.example/photos/airport-1200.jpg",
      caption: "Smoke rises over the airport on Tuesday.",
      credit: "Jane Roe/AFP",
    });
    const trailing = page(
      "",
      `<figure><img src="/a.jpg"><figcaption>Firefighters at the hangar (Photo: Reuters)</figcaption></figure>`,
    );
    expect(trailing.image).toEqual({
      url: "https://news.example/a.jpg",
      caption: "Firefighters at the hangar",
      credit: "Reuters",
    });
    const agency = page(
      "",
      `<figure><img src="/b.jpg"><figcaption>Police close the airport road. John Doe/Getty Images</figcaption></figure>`,
    );
    expect(agency.image?.credit).toBe("John Doe/Getty Images");
    expect(agency.text).not.toMatch(/Police close/);
    const bracketed = page(
      "",
      `<figure><img src="/c.jpg"><figcaption>A concept for a lunar lander [SpaceX via NASA]</figcaption></figure>`,
    );
    expect(bracketed.image).toMatchObject({ caption: "A concept for a lunar lander", credit: "SpaceX via NASA" });
  });
});

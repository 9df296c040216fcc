import { describe, expect, it } from "vitest";
import { parse } from "../../parse.js";

const P = [
  "Three rockets struck near the airport in the early hours, officials said, causing damage to a hangar but no casualties.",
  "The security forces closed the road to the airport for several hours while experts searched the area for more rockets.",
  "No group has said it carried out the attack, the latest of several against the airport this year, local media reported.",
];

describe("the article's text on a page full of other things", () => {
  it("keeps paragraphs, headings, list items and quotes, and leaves the site's furniture out", () => {
    const html = `<!doctype html><html><head><title>Rockets near the airport</title></head><body>
      <header class="site-header"><nav><a href="/">Home</a><a href="/world">World</a><a href="/sport">Sport</a></nav></header>
      <div id="cookie-consent">We use cookies to improve your experience. Accept all cookies?</div>
      <main><article>
        <h1>Rockets near the airport</h1>
        <div class="share-bar"><a href="#">Facebook</a><a href="#">Twitter</a><a href="#">Email</a></div>
        <p>${P[0]}</p>
        <figure><img src="/hangar.jpg"><figcaption>A hangar after an earlier attack, unrelated to this one.</figcaption></figure>
        <p>${P[1]}</p>
        <h2>Who is behind it</h2>
        <blockquote>We will find those responsible, the governor told reporters, speaking outside the airport.</blockquote>
        <ul><li>The airport reopened at noon, with flights delayed by up to four hours.</li><li>Two earlier attacks this year caused no casualties either.</li></ul>
        <div class="newsletter-signup"><p>Get our morning briefing in your inbox, every day before seven.</p><input type="email"><button>Sign up</button></div>
        <p>${P[2]}</p>
        <div class="related-articles"><h3>Related</h3><ul><li><a href="/a">Earlier attack on the airport</a></li><li><a href="/b">Governor visits the base</a></li></ul></div>
        <p><a href="/more">Read more</a></p>
      </article></main>
      <aside class="sidebar"><h3>Most read</h3><ol><li><a href="/x">Football result</a></li><li><a href="/y">Weather</a></li></ol></aside>
      <section id="comments"><p>This is a comment by a reader who disagrees with everything, at some length.</p></section>
      <footer><p>© 2024 Example News. All rights reserved. Contact us for corrections.</p></footer>
    </body></html>`;
    const { article } = parse(html, { url: "https://news.example/world/rockets", events: false });
    expect(article.paragraphs).toEqual([
      P[0],
      P[1],
      "Who is behind it",
      "We will find those responsible, the governor told reporters, speaking outside the airport.",
      "The airport reopened at noon, with flights delayed by up to four hours.",
      "Two earlier attacks this year caused no casualties either.",
      P[2],
    ]);
  });

  it("finds loose text set beside blocks, as old and blog pages set it", () => {
    const html = `<html><body><div class="col"><p class="title">Rockets near the airport</p><small>05/03/2024 - Posted by: Staff</small><br>
      <img src="/a.jpg"><img src="/b.jpg">${P[0]} ${P[1]}<br><br>${P[2]}</div>
      <div class="menu"><a href="/">Home</a> <a href="/archive">Archive</a></div></body></html>`;
    const { article } = parse(html, { events: false });
    expect(article.text).toContain(P[0]);
    expect(article.text).toContain(P[2]);
    expect(article.text).not.toContain("Archive");
  });

  it("reads a feed item's HTML into the same blocks", () => {
    const html = `<html><body><div id="content"><div class="story-text"><p>${P[0]}</p><p>${P[1]}</p><p>${P[2]}</p></div>
      <div class="widget popular"><ul><li><a href="/1">One</a></li><li><a href="/2">Two</a></li><li><a href="/3">Three</a></li></ul></div></div></body></html>`;
    expect(parse(html, { events: false }).article.paragraphs).toEqual(P);
  });
});

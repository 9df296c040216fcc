import { ACLED_TAXONOMY, SITREP_TAXONOMY } from "@sitrep/schema";

export default function Home() {
  return (
    <>
      <h1>News, and the events it reports</h1>
      <p>
        Sitrep reads articles and codes the events they report: what happened, when, where, who did it to whom, with
        what, the toll, who says so, and the sentences that say it. Parse an article from the command line today:
      </p>
      <pre>
        <code>npx sitrep parse samples/ain-al-asad-2019-12-04.txt --export acled</code>
      </pre>
      <h2>What Sitrep codes</h2>
      <dl className="taxonomy">
        {Object.entries({ ...ACLED_TAXONOMY, ...SITREP_TAXONOMY }).map(([type, subs]) => (
          <div key={type}>
            <dt>{type}</dt>
            <dd>{subs.join(" · ")}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}

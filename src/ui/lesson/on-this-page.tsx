import type { TocEntry } from "../../content/types";

/** The on-page table of contents. */
export function OnThisPage({
  toc,
  hrefFor,
}: {
  toc: TocEntry[];
  hrefFor: (anchor: string) => string;
}) {
  if (toc.length === 0) return null;
  return (
    <nav className="on-this-page" aria-label="On this page">
      <p className="on-this-page-heading">On this page</p>
      <ul>
        {toc.map((entry) => (
          <li key={entry.id} className={`toc-depth-${entry.depth}`}>
            <a href={hrefFor(entry.id)}>{entry.text}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

import type { TocEntry } from "../../../content/model/types";

/** The on-page table of contents. */
export function OnThisPage({
  toc,
  hrefFor,
  collapsible = false,
}: {
  toc: TocEntry[];
  hrefFor: (anchor: string) => string;
  /** Folded at the top of the text when the side column is taken by simulations. */
  collapsible?: boolean;
}) {
  if (toc.length === 0) return null;
  const list = (
    <ul>
      {toc.map((entry) => (
        <li key={entry.id} className={`toc-depth-${entry.depth}`}>
          <a href={hrefFor(entry.id)}>{entry.text}</a>
        </li>
      ))}
    </ul>
  );
  if (collapsible) {
    return (
      <nav className="on-this-page on-this-page-inline" aria-label="On this page">
        <details>
          <summary>On this page</summary>
          {list}
        </details>
      </nav>
    );
  }
  return (
    <nav className="on-this-page" aria-label="On this page">
      <p className="on-this-page-heading">On this page</p>
      {list}
    </nav>
  );
}

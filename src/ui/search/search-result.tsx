import type { Ref } from "react";
import { searchKindLabels } from "../../content/model/search-documents";
import type { SearchHit } from "./search-engine";
import { searchTargetHref } from "./search-target";
import type { Segment } from "./snippet";

function Marked({ segments }: { segments: Segment[] }) {
  return segments.map((segment, index) =>
    segment.mark ? <mark key={index}>{segment.text}</mark> : segment.text,
  );
}

/**
 * One option of the results list: a link to the hit's deep link with its kind, its title and
 * snippet with the matched words marked, and where in the chapter it is.
 */
export function SearchResult({
  hit,
  id,
  selected,
  linkRef,
  onChoose,
  onPoint,
}: {
  hit: SearchHit;
  id: string;
  selected: boolean;
  linkRef: Ref<HTMLAnchorElement>;
  onChoose: () => void;
  onPoint: () => void;
}) {
  return (
    <a
      ref={linkRef}
      id={id}
      role="option"
      aria-selected={selected}
      tabIndex={-1}
      className="search-result"
      href={searchTargetHref(hit.target)}
      data-kind={hit.kind}
      onClick={onChoose}
      onMouseMove={onPoint}
    >
      <span className="search-result-head">
        <span className="search-kind">{searchKindLabels[hit.kind]}</span>
        <span className="search-title">
          <Marked segments={hit.title} />
        </span>
      </span>
      <span className="search-context">{hit.context}</span>
      {hit.snippet.length > 0 && (
        <span className="search-snippet">
          <Marked segments={hit.snippet} />
        </span>
      )}
    </a>
  );
}

// The timeline's legend lists only the kinds of event it shows: a trace drawn as a Gantt chart
// has no "leak" or "entity time", and a legend of them would mislead.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { TimelineEvent, TimelineOutput } from "../../../kernel/output-types";
import { TimelineView } from "./timeline-view";

const timeline = (statuses: TimelineEvent["status"][]): TimelineOutput => ({
  kind: "timeline",
  title: "T",
  timeLabel: "s",
  lanes: [
    {
      label: "lane",
      events: statuses.map((status, index) => ({ time: index, label: `e${index}`, status })),
    },
  ],
});

const legendItems = (html: string) =>
  [...html.matchAll(/<li class="timeline-([a-z]+)">/g)].map((match) => match[1]);

describe("TimelineView legend", () => {
  it("lists only the statuses present, in the legend's order", () => {
    const html = renderToStaticMarkup(<TimelineView output={timeline(["entity", "winner"])} />);
    expect(legendItems(html)).toEqual(["winner", "entity"]);
  });

  it("lists all five for a point-in-time join that shows them all", () => {
    const all = ["winner", "candidate", "excluded", "leak", "entity"] as const;
    const html = renderToStaticMarkup(<TimelineView output={timeline([...all])} />);
    expect(legendItems(html)).toEqual([...all]);
  });
});

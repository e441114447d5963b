// The timeline's legend lists only the kinds of event it shows: a trace drawn as a Gantt chart
// has no "leak" or "entity time", and a legend of them would mislead. Its marks: a feature row at
// the request time stays visible over the request's diamond, and a long lane label is broken.
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

describe("TimelineView marks", () => {
  const drawn = (html: string) =>
    [...html.matchAll(/class="timeline-event timeline-([a-z]+)"/g)].map((match) => match[1]);

  it("draws an entity time under the feature rows, so a row at the same time is not hidden", () => {
    // As in the point-in-time join, where the request is the lane's last event.
    const html = renderToStaticMarkup(
      <TimelineView output={timeline(["candidate", "winner", "entity"])} />,
    );
    expect(drawn(html)).toEqual(["entity", "candidate", "winner"]);
    // The label places do not move with the drawing order: each event keeps its own label.
    expect(html).toMatch(/timeline-entity"><title>[^<]*<\/title><path[^>]*><\/path><text[^>]*>e2</);
  });

  it("breaks a long lane label into lines and keeps the whole label as its tooltip only if cut", () => {
    const output = timeline(["entity"]);
    output.lanes[0] = { ...output.lanes[0]!, label: "entity row 1: (1001, 11:00)" };
    const html = renderToStaticMarkup(<TimelineView output={output} />);
    expect(html).toContain(">entity row 1:</tspan>");
    expect(html).toContain(">(1001, 11:00)</tspan>");
    expect(html).not.toContain("…");
  });
});

describe("TimelineView time axis", () => {
  it("marks round times along the axis and names the axis apart from its last value", () => {
    // The point-in-time join's clock: 9:00 to 15:30, in hours.
    const output: TimelineOutput = {
      kind: "timeline",
      title: "T",
      timeLabel: "hour of day (UTC)",
      lanes: [
        {
          label: "lane",
          events: [9, 11, 15.5].map((time) => ({ time, label: "e", status: "candidate" as const })),
        },
      ],
    };
    const html = renderToStaticMarkup(<TimelineView output={output} />);
    const axis = html.slice(html.indexOf('class="timeline-time-axis"'));
    const labels = [...axis.matchAll(/class="timeline-note">([^<]*)</g)].map((match) => match[1]);
    expect(labels).toEqual(["9", "10", "11", "12", "13", "14", "15", "hour of day (UTC)"]);
  });
});

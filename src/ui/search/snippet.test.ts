import { describe, expect, it } from "vitest";
import { highlight, snippet } from "./snippet";

const marked = (segments: { text: string; mark: boolean }[]) =>
  segments.map((segment) => (segment.mark ? `[${segment.text}]` : segment.text)).join("");

describe("highlight", () => {
  it("marks whole words whose index term matched, whatever their case or accents", () => {
    expect(
      marked(
        highlight("Point-in-time JOIN and joins; Smirnov’s test", new Set(["join", "smirnov"])),
      ),
    ).toBe("Point-in-time [JOIN] and joins; [Smirnov]’s test");
  });

  it("marks accented words by their plain form", () => {
    expect(marked(highlight("Kolmogorov–Smírnov", new Set(["smirnov"])))).toBe(
      "Kolmogorov–[Smírnov]",
    );
  });
});

describe("snippet", () => {
  const filler = (words: number) => Array.from({ length: words }, (_, i) => `w${i}`).join(" ");

  it("shows a short text whole", () => {
    expect(marked(snippet("A short text about drift.", new Set(["drift"])))).toBe(
      "A short text about [drift].",
    );
  });

  it("cuts a window around the match at word boundaries with ellipses", () => {
    const text = `${filler(60)} the drift detector ${filler(60)}`;
    const shown = marked(snippet(text, new Set(["drift"]), 80));
    expect(shown.startsWith("…")).toBe(true);
    expect(shown.endsWith("…")).toBe(true);
    expect(shown).toContain("[drift] detector");
    // Whole words only: each piece between spaces is a filler word, a marked word or an ellipsis.
    for (const piece of shown.replace(/…/g, "").trim().split(" "))
      expect(piece).toMatch(/^(w\d+|\[drift\]|the|detector)$/);
  });

  it("prefers the place where more distinct terms meet", () => {
    const text = `drift ${filler(80)} drift and skew together ${filler(80)}`;
    expect(marked(snippet(text, new Set(["drift", "skew"]), 80))).toContain("[drift] and [skew]");
  });

  it("shows the beginning when nothing matched in the text (a title match)", () => {
    const text = filler(100);
    expect(marked(snippet(text, new Set(["absent"]), 40))).toMatch(/^w0 w1 .*…$/);
  });

  it("marks no one- or two-letter words in a snippet, and ends a cut at a word, not a full stop", () => {
    const text = `${filler(5)} point in time. ${filler(60)}`;
    expect(marked(snippet(text, new Set(["point", "in", "time"]), 60))).toMatch(
      /^w0 w1 w2 w3 w4 \[point\] in \[time\]\. w0 .*w\d+…$/,
    );
  });
});

/** Block directives authors may write, and how each is titled. */
export const blockDirectives = {
  definition: { label: "Definition", numbered: true },
  theorem: { label: "Theorem", numbered: true },
  proposition: { label: "Proposition", numbered: true },
  lemma: { label: "Lemma", numbered: true },
  corollary: { label: "Corollary", numbered: true },
  example: { label: "Example", numbered: true },
  proof: { label: "Proof", numbered: false },
  pitfall: { label: "Pitfall", numbered: false },
  note: { label: "Note", numbered: false },
} as const;

export type BlockDirectiveName = keyof typeof blockDirectives;

/** Leaf directives that embed interactive parts rendered by later layers. */
export const embedDirectives = ["cell", "exercise"] as const;
export type EmbedDirectiveName = (typeof embedDirectives)[number];

export function isBlockDirective(name: string): name is BlockDirectiveName {
  return Object.hasOwn(blockDirectives, name);
}

export function isEmbedDirective(name: string): name is EmbedDirectiveName {
  return (embedDirectives as readonly string[]).includes(name);
}

/** `::figure[caption]{#id cell=… params="…" alt="…"}`: a numbered figure drawn by a cell. */
export const figureDirective = "figure";

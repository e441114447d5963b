import type { ReactNode } from "react";
import type { LessonBlock } from "../../../content/model/types";
import { Html } from "../chapter/html";
import { RestateBox } from "./restate-box";

/** Renders embeds (notebook cells, exercises, figures); supplied by the layers that own them. */
export type EmbedRenderer = (
  block: Extract<LessonBlock, { kind: "cell" | "exercise" | "figure" }>,
) => ReactNode;

/** A compiled page's blocks in reading order. */
export function LessonBlocks({
  blocks,
  renderEmbed,
}: {
  blocks: LessonBlock[];
  renderEmbed?: EmbedRenderer;
}) {
  return (
    <>
      {blocks.map((block, index) => {
        switch (block.kind) {
          case "html":
            return <Html key={index} className="block-html" html={block.html} />;
          case "restate":
            return <RestateBox key={block.id} id={block.id} html={block.html} />;
          case "figure":
            return <div key={`figure-${block.id}`}>{renderEmbed?.(block)}</div>;
          case "cell":
          case "exercise":
            return <div key={`${block.kind}-${block.id}`}>{renderEmbed?.(block)}</div>;
        }
      })}
    </>
  );
}

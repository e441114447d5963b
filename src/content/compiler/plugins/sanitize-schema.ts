import { defaultSchema } from "rehype-sanitize";

type Schema = typeof defaultSchema;
type AttributeList = NonNullable<Schema["attributes"]>[string];

// GitHub's defaults allow class names only from fixed lists; the compiler writes its own.
function withoutClassRules(list: AttributeList | undefined): AttributeList {
  return (list ?? []).filter((entry) => !(Array.isArray(entry) && entry[0] === "className"));
}

const attributes = Object.fromEntries(
  Object.entries(defaultSchema.attributes ?? {}).map(([tag, list]) => [
    tag,
    withoutClassRules(list),
  ]),
);

/**
 * The sanitiser's rules: GitHub's defaults (no script, iframe, style or event-handler attributes),
 * plus class names and unprefixed ids, which the compiler itself writes for anchors and blocks.
 */
export const sanitizeSchema: Schema = {
  ...defaultSchema,
  clobberPrefix: "",
  clobber: [],
  attributes: {
    ...attributes,
    "*": [...(attributes["*"] ?? []), "className", "id", "dataMathSlot"],
    div: [...(attributes["div"] ?? []), "tabIndex"],
    a: [...(attributes["a"] ?? []), "ariaLabel"],
    span: [...(attributes["span"] ?? []), "ariaHidden"],
  },
};

/**
 * Seeded histories of the `driver_stats` value schema (Avro records) for the schema-evolution and
 * rollback exercises: each step adds, deletes, widens, narrows or re-adds a field, so that some
 * versions pass a compatibility mode and some do not, and transitivity sometimes matters.
 * It practises Lesson 5.
 */
import type { AvroPrimitive, RecordSchema, Rng, SchemaField } from "../../lab/index";
import type { DataTable } from "../types";

/** One schema version and the change that produced it. */
export interface SchemaVersion {
  schema: RecordSchema;
  change: string;
}

const optionalPool: SchemaField[] = [
  { name: "acc_rate", type: "float", default: 0 },
  { name: "rating", type: "double", default: 5 },
  { name: "vehicle", type: ["null", "string"], default: null },
];
const requiredPool: SchemaField[] = [
  { name: "zone_id", type: "int" },
  { name: "shift_start", type: "long" },
];

const typeText = (field: SchemaField) =>
  Array.isArray(field.type) ? field.type.join(" | ") : field.type;

/**
 * A field as the tables show it: `name: type`, with ` = default` when it has one.
 *
 * @param field a record field
 * @returns e.g. "acc_rate: float = 0"
 * @example fieldText({ name: "city", type: "string" }); // "city: string"
 */
export function fieldText(field: SchemaField): string {
  return `${field.name}: ${typeText(field)}${field.default === undefined ? "" : ` = ${JSON.stringify(field.default)}`}`;
}

/**
 * The first version: driver id, conversion rate, city and trips today.
 *
 * @returns version 1 of `driver_stats`
 * @example initialSchema().schema.fields.length; // 4
 */
export function initialSchema(): SchemaVersion {
  const fields: SchemaField[] = [
    { name: "driver_id", type: "long" },
    { name: "conv_rate", type: "float" },
    { name: "city", type: "string" },
    { name: "trips_today", type: "int" },
  ];
  return { schema: { name: "driver_stats", fields }, change: "initial" };
}

/**
 * One seeded change of a schema; `deleted` are fields removed in earlier versions (which may come
 * back with another type: the transitivity trap).
 *
 * @param rng a seeded stream
 * @param previous the latest schema
 * @param deleted fields deleted earlier in the history
 * @returns the next version and a description of the change
 * @example evolveSchema(createRng(1), initialSchema().schema, []).change;
 */
export function evolveSchema(
  rng: Rng,
  previous: RecordSchema,
  deleted: SchemaField[],
): SchemaVersion {
  const fields = previous.fields.map((field) => ({ ...field }));
  const names = new Set(fields.map((field) => field.name));
  const removable = fields.filter((field) => field.name !== "driver_id");
  const choices: (() => string)[] = [];
  const addFrom = (pool: SchemaField[], kind: string) => {
    const free = pool.filter((field) => !names.has(field.name));
    if (free.length > 0)
      choices.push(() => {
        const field = rng.choice(free);
        fields.push({ ...field });
        return `add \`${fieldText(field)}\` (${kind})`;
      });
  };
  addFrom(optionalPool, "optional");
  addFrom(requiredPool, "no default");
  if (removable.length > 0)
    choices.push(() => {
      const field = rng.choice(removable);
      fields.splice(fields.indexOf(field), 1);
      return `delete \`${field.name}\`${field.default === undefined ? " (no default)" : " (optional)"}`;
    });
  const trips = fields.find((field) => field.name === "trips_today");
  if (trips)
    choices.push(() => {
      const from = trips.type as AvroPrimitive;
      trips.type = from === "int" ? "long" : "int";
      return `change \`trips_today\` from ${from} to ${trips.type}`;
    });
  const returning = deleted.filter((field) => !names.has(field.name) && field.type === "float");
  if (returning.length > 0)
    choices.push(() => {
      const field = rng.choice(returning);
      fields.push({ name: field.name, type: "string", default: "" });
      return `re-add \`${field.name}\` as \`string = ""\``;
    });
  const change = rng.choice(choices)();
  return { schema: { name: previous.name, fields }, change };
}

/**
 * Every single-step change of a schema that `evolveSchema` can draw, in a fixed order.
 *
 * @param previous the latest schema
 * @param deleted fields deleted earlier in the history
 * @returns each possible next version with its change
 * @example possibleChanges(initialSchema().schema, []).length; // 9
 */
export function possibleChanges(previous: RecordSchema, deleted: SchemaField[]): SchemaVersion[] {
  const names = new Set(previous.fields.map((field) => field.name));
  const next = (fields: SchemaField[], change: string): SchemaVersion => ({
    schema: { name: previous.name, fields },
    change,
  });
  const copy = () => previous.fields.map((field) => ({ ...field }));
  const changes: SchemaVersion[] = [];
  for (const [pool, kind] of [
    [optionalPool, "optional"],
    [requiredPool, "no default"],
  ] as const) {
    for (const field of pool.filter((candidate) => !names.has(candidate.name))) {
      changes.push(next([...copy(), { ...field }], `add \`${fieldText(field)}\` (${kind})`));
    }
  }
  for (const field of previous.fields.filter((candidate) => candidate.name !== "driver_id")) {
    changes.push(
      next(
        copy().filter((candidate) => candidate.name !== field.name),
        `delete \`${field.name}\`${field.default === undefined ? " (no default)" : " (optional)"}`,
      ),
    );
  }
  const trips = previous.fields.find((field) => field.name === "trips_today");
  if (trips) {
    const from = trips.type as AvroPrimitive;
    const to = from === "int" ? "long" : "int";
    changes.push(
      next(
        copy().map((field) => (field.name === "trips_today" ? { ...field, type: to } : field)),
        `change \`trips_today\` from ${from} to ${to}`,
      ),
    );
  }
  for (const field of deleted.filter((f) => !names.has(f.name) && f.type === "float")) {
    changes.push(
      next(
        [...copy(), { name: field.name, type: "string", default: "" }],
        `re-add \`${field.name}\` as \`string = ""\``,
      ),
    );
  }
  return changes;
}

/**
 * A history of `count` versions (version 1 first), each one step from the previous. With
 * `accepts`, each version after the first up to version `checked` is drawn among the changes it
 * accepts (the registry's check against the versions before it), so that part of the history is
 * one the registry would have kept; later versions are drawn freely.
 *
 * @param rng a seeded stream
 * @param count number of versions (at least 1)
 * @param accepts optional check of a candidate against the earlier schemas, oldest first
 * @param checked the last version (1-based) drawn under `accepts` (default: all)
 * @returns the versions, oldest first
 * @example schemaHistory(createRng(3), 4).length; // 4
 */
export function schemaHistory(
  rng: Rng,
  count: number,
  accepts?: (candidate: RecordSchema, earlier: RecordSchema[]) => boolean,
  checked = count,
): SchemaVersion[] {
  const versions = [initialSchema()];
  const deleted: SchemaField[] = [];
  while (versions.length < count) {
    const previous = versions.at(-1)!.schema;
    const earlier = versions.map((version) => version.schema);
    const allowed =
      accepts && versions.length < checked
        ? possibleChanges(previous, deleted).filter((change) => accepts(change.schema, earlier))
        : [];
    const next = allowed.length > 0 ? rng.choice(allowed) : evolveSchema(rng, previous, deleted);
    const kept = new Set(next.schema.fields.map((field) => field.name));
    deleted.push(...previous.fields.filter((field) => !kept.has(field.name)));
    versions.push(next);
  }
  return versions;
}

/**
 * The versions as a table: version, change and the fields after the change.
 *
 * @param versions schema versions, oldest first
 * @param label name of each row's version (default "S1", "S2", …)
 * @returns the data table
 * @example schemaTable(schemaHistory(rng, 3)).rows.length; // 3
 */
export function schemaTable(
  versions: SchemaVersion[],
  label = (i: number) => `S${i + 1}`,
): DataTable {
  return {
    name: "driver_stats value schemas (Avro)",
    columns: ["version", "change", "fields"],
    rows: versions.map((v, i) => [label(i), v.change, v.schema.fields.map(fieldText).join(", ")]),
    note: "A field is optional when it has a default (shown as `= value`).",
  };
}

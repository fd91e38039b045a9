import type { z } from "zod";
import type { Conversation } from "../../model/conversation.js";
import { MappedOptionsSchema } from "../column-mapping.js";
import { CsvRows } from "../csv/csv-rows.js";
import type { ExportFormat } from "../export-format.js";
import { clipInput } from "../issues.js";
import { jsonRecords } from "../json/json-records.js";
import { isObject, pathValue, textValue } from "../json/json-value.js";
import type { LoadLog } from "../load-report.js";
import { MappedTable } from "./mapped-table.js";

type Options = z.output<typeof MappedOptionsSchema>;

/**
 * Any CSV message table, one message per row, with a column mapping naming the header's columns.
 *
 * @example
 * await parseExport(text, { format: "csv", mapping: { conversationId: "ticket", role: "from", time: "ts", text: "body" } });
 */
export const csv: ExportFormat<Options> = {
  name: "csv",
  description: "any CSV message table, with a column mapping (conversation id, role or inbound, time, text, ...)",
  async *read(chunks, log, options) {
    const ready: Conversation[] = [];
    const table = new MappedTable(options, log, (conversation) => ready.push(conversation));
    let columns = new Map<string, number>();
    let fields: string[] = [];
    const field = (column: string) => {
      const index = columns.get(column);
      return index === undefined ? undefined : fields[index];
    };
    const rows = new CsvRows(
      log,
      {
        header(names) {
          columns = new Map(names.map((name, i) => [name.trim(), i]));
          return mappedColumns(options).filter((column) => !columns.has(column));
        },
        row(row, line, record) {
          fields = row;
          table.add(field, { line, record });
        },
      },
      "mapped CSV",
    );
    for await (const chunk of chunks) {
      rows.push(chunk);
      if (ready.length > 0) yield* ready.splice(0);
    }
    rows.end();
    table.finish();
    yield* ready;
  },
};

/** A JSON array of flat message records, with a column mapping naming keys (dotted paths allowed). */
export const json: ExportFormat<Options> = {
  name: "json",
  description: "a JSON array of message records, with a key mapping (dotted paths allowed)",
  read: (chunks, log, options) => readJsonTable(chunks, log, options, false),
};

/** Newline-delimited JSON message records, with a key mapping (dotted paths allowed). */
export const ndjson: ExportFormat<Options> = {
  name: "ndjson",
  description: "newline-delimited JSON message records, with a key mapping (dotted paths allowed)",
  read: (chunks, log, options) => readJsonTable(chunks, log, options, true),
};

async function* readJsonTable(chunks: AsyncIterable<string>, log: LoadLog, options: Options, lines: boolean): AsyncGenerator<Conversation> {
  const ready: Conversation[] = [];
  const table = new MappedTable(options, log, (conversation) => ready.push(conversation));
  for await (const record of jsonRecords(chunks, { lines })) {
    log.records++;
    log.items++;
    const where = { line: record.line, record: record.index };
    if (!record.ok) {
      log.reject({ code: "invalid-json", message: `Record rejected: invalid JSON (${record.error})`, path: [], ...where, input: clipInput(record.raw) });
      continue;
    }
    if (!isObject(record.value)) {
      log.reject({ code: "invalid-record", message: "Record rejected: expected a JSON object", path: [], ...where, input: clipInput(record.value) });
      continue;
    }
    const value = record.value;
    table.add((column) => textValue(pathValue(value, column)), where);
    if (ready.length > 0) yield* ready.splice(0);
  }
  table.finish();
  yield* ready;
}

function mappedColumns(options: Options): string[] {
  const { attributes, ...single } = options.mapping;
  return [...Object.values(single).filter((value): value is string => typeof value === "string"), ...attributes];
}

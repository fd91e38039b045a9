import { abcd } from "./abcd.js";
import { ibmCdp } from "./ibm-cdp.js";
import { csv, json, ndjson } from "./mapped.js";
import { twcs } from "./twcs.js";
import { zendesk } from "./zendesk.js";

/** The built-in export formats, by name. */
export const formats = { twcs, "ibm-cdp": ibmCdp, abcd, zendesk, csv, json, ndjson } as const;

/** A built-in format's name. */
export type FormatName = keyof typeof formats;

/** The formats that need a column mapping. */
export const mappedFormats: readonly FormatName[] = ["csv", "json", "ndjson"];

import { z } from "zod";
import { CarelensError } from "../errors.js";

/**
 * What agent work costs. `hourlyAgentCost` is loaded (wages, benefits, payroll taxes); `overheadRate`
 * adds a share on top (management, facilities, training: 0.25 = +25 %); tools cost `seats` ×
 * `monthlyToolCostPerSeat` × the period's months. `basis: "handle-time"` charges agent cost for the
 * handle time of the replies; `basis: "staffed-hours"` for the hours staffed in the period
 * (`staffedHours`, required then), idle time included.
 *
 * @example
 * CostModelSchema.parse({ hourlyAgentCost: 32, seats: 4, monthlyToolCostPerSeat: 99, overheadRate: 0.25 });
 */
export const CostModelSchema = z
  .object({
    hourlyAgentCost: z.number().nonnegative(),
    overheadRate: z.number().nonnegative().default(0),
    seats: z.number().nonnegative().default(0),
    monthlyToolCostPerSeat: z.number().nonnegative().default(0),
    basis: z.enum(["handle-time", "staffed-hours"]).default("handle-time"),
    staffedHours: z.number().nonnegative().optional(),
    /** Length of the period in months for tool costs. Default: the data's span (first to last message), in months of 30.4375 days. */
    months: z.number().positive().optional(),
    currency: z.string().min(1).default("USD"),
  })
  .strict()
  .refine((model) => model.basis !== "staffed-hours" || model.staffedHours !== undefined, {
    message: 'basis "staffed-hours" needs staffedHours',
    path: ["staffedHours"],
  });
export type CostModel = z.output<typeof CostModelSchema>;
export type CostModelInput = z.input<typeof CostModelSchema>;

/**
 * Validates a cost model, throwing a CarelensError that names every problem.
 *
 * @example
 * parseCostModel({ hourlyAgentCost: 32 }).basis; // => "handle-time"
 */
export function parseCostModel(input: CostModelInput): CostModel {
  const parsed = CostModelSchema.safeParse(input);
  if (!parsed.success) throw new CarelensError(`invalid cost model:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

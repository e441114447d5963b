/**
 * Queues in a feature platform: a materialisation backlog, a quarantine queue, a labelling queue.
 * Little's law ties their three numbers together, and a first-in-first-out simulation shows how a
 * backlog builds during an outage and drains afterwards.
 *
 * It serves Lesson 2 (freshness lag, backlog and drain time).
 */

import { LabError } from "../core/errors";

/** How a stopped consumer recovers (see {@link outageRecovery}). */
export interface OutageRecovery {
  /** Items waiting when the consumer restarts: arrival rate × outage. */
  backlog: number;
  /** Time to clear that backlog while new items keep arriving: backlog / (service − arrival). */
  drainSeconds: number;
  /** From the start of the outage until the queue is back to empty: outage + drain time. */
  recoveredAfterSeconds: number;
  /** The longest wait of any item: the first item that arrived in the outage waits the whole outage. */
  oldestWaitSeconds: number;
}

/**
 * The fluid model of a consumer (a materialisation job, a triage team) that stops for
 * `outageSeconds` while items keep arriving at `arrivalRate`, then serves `serviceRate` items per
 * second, first in first out.
 *
 * @param spec - arrival and service rates (items per second) and the outage's length (seconds)
 * @returns the backlog at restart, the drain time, when the queue is empty again and the longest wait
 * @throws {LabError} when a value is negative or not finite, or when service does not exceed arrival (the backlog never drains)
 * @example
 * outageRecovery({ arrivalRate: 400, serviceRate: 1000, outageSeconds: 600 }).drainSeconds; // 400
 */
export function outageRecovery(spec: {
  arrivalRate: number;
  serviceRate: number;
  outageSeconds: number;
}): OutageRecovery {
  const { arrivalRate, serviceRate, outageSeconds } = spec;
  for (const [name, value] of Object.entries(spec)) {
    if (!(value >= 0) || !Number.isFinite(value))
      throw new LabError(`outageRecovery requires a finite, non-negative ${name} (got ${value})`);
  }
  if (!(serviceRate > arrivalRate))
    throw new LabError(
      `outageRecovery: a service rate of ${serviceRate} never drains arrivals at ${arrivalRate} per second`,
    );
  const backlog = arrivalRate * outageSeconds;
  const drainSeconds = backlog / (serviceRate - arrivalRate);
  return {
    backlog,
    drainSeconds,
    recoveredAfterSeconds: outageSeconds + drainSeconds,
    oldestWaitSeconds: outageSeconds,
  };
}

/** A simulated first-in-first-out queue, step by step (see {@link simulateQueue}). */
export interface QueueSimulation {
  /** Items waiting at the end of each step, after that step's service. */
  backlog: number[];
  /** Age in steps of the oldest waiting item at the end of each step (0 when empty). */
  oldestAge: number[];
  /** Mean number waiting per step, over all steps. */
  meanBacklog: number;
  /** Items that arrived per step, over all steps. */
  arrivalRate: number;
  /** Mean wait in steps of the items served (an item served in its arrival step waits 0). */
  meanWait: number;
  /** Items served and still waiting at the end. */
  served: number;
  waiting: number;
}

/**
 * Simulates a first-in-first-out queue in discrete steps: in step t, `arrivals[t]` items join the
 * end, then up to `capacity[t]` items leave from the front; an item that arrives in step a and
 * leaves in step s waits s − a steps. When the queue is empty at the end, Little's law holds
 * exactly: meanBacklog = arrivalRate × meanWait (both sides are the total waiting divided by the
 * number of steps).
 *
 * @param arrivals - non-negative integer arrivals per step
 * @param capacity - non-negative integer service capacity per step, same length
 * @returns backlog and oldest age per step, and the three numbers of Little's law
 * @throws {LabError} on different lengths, an empty input, or a negative or non-integer count
 * @example
 * simulateQueue([2, 0, 0], [1, 1, 1]).meanWait; // 0.5: one item waits 0 steps, the other 1
 */
export function simulateQueue(
  arrivals: readonly number[],
  capacity: readonly number[],
): QueueSimulation {
  if (arrivals.length === 0 || arrivals.length !== capacity.length)
    throw new LabError("simulateQueue requires arrivals and capacity of the same, non-zero length");
  for (const value of [...arrivals, ...capacity]) {
    if (!Number.isInteger(value) || value < 0)
      throw new LabError(`simulateQueue requires non-negative integer counts (got ${value})`);
  }
  // The queue as batches [arrival step, count], oldest first.
  const queue: [number, number][] = [];
  const backlog: number[] = [];
  const oldestAge: number[] = [];
  let totalWait = 0;
  let served = 0;
  let waiting = 0;
  let arrived = 0;
  for (let step = 0; step < arrivals.length; step += 1) {
    const incoming = arrivals[step]!;
    if (incoming > 0) queue.push([step, incoming]);
    waiting += incoming;
    arrived += incoming;
    let room = capacity[step]!;
    while (room > 0 && queue.length > 0) {
      const batch = queue[0]!;
      const taken = Math.min(room, batch[1]);
      totalWait += taken * (step - batch[0]);
      served += taken;
      waiting -= taken;
      room -= taken;
      batch[1] -= taken;
      if (batch[1] === 0) queue.shift();
    }
    backlog.push(waiting);
    oldestAge.push(queue.length > 0 ? step - queue[0]![0] : 0);
  }
  const steps = arrivals.length;
  return {
    backlog,
    oldestAge,
    meanBacklog: backlog.reduce((total, value) => total + value, 0) / steps,
    arrivalRate: arrived / steps,
    meanWait: served > 0 ? totalWait / served : 0,
    served,
    waiting,
  };
}

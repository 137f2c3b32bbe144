import { z } from 'zod/mini';

import { count, isoDateTime, optionalDateTime, optionalString } from '@/lib/api/schema-helpers';

// A Partner Center Subscription as the list and get-by-id return it. Only what the plan
// reads; every field beyond id, name and quantity is optional because legacy, NCE, Azure
// and software subscriptions each leave different ones out. `refundableQuantity` is only
// documented on get-by-id (whether the list carries it is UNVERIFIED), so the plan asks
// for it there.

const refundBatch = z.object({ quantity: count, allowedUntilDateTime: isoDateTime });

export const subscriptionSchema = z.object({
  id: z.string().check(z.minLength(1)),
  offerId: optionalString,
  offerName: optionalString,
  friendlyName: optionalString,
  quantity: count,
  unitType: optionalString,
  status: z.catch(z.string(), 'none'),
  isTrial: z.catch(z.boolean(), false),
  autoRenewEnabled: z.catch(z.boolean(), false),
  billingType: optionalString,
  billingCycle: optionalString,
  termDuration: optionalString,
  commitmentEndDate: optionalDateTime,
  cancellationAllowedUntilDate: optionalDateTime,
  productType: z.catch(z.optional(z.object({ id: optionalString })), undefined),
  refundableQuantity: z.catch(
    z.optional(z.object({ totalQuantity: count, details: z._default(z.array(refundBatch), []) })),
    undefined,
  ),
});
export type Subscription = z.output<typeof subscriptionSchema>;

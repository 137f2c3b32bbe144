import { z } from 'zod/mini';

import { optionalString } from '@/lib/api/schema-helpers';

// The Customer resource (E7/E8/E9). Only what the picker and headers show is required;
// everything else Partner Center adds is ignored.
export const customerSchema = z.pipe(
  z.object({
    id: z.string().check(z.minLength(1)),
    companyProfile: z.object({
      companyName: z.string(),
      domain: z.catch(z.string(), ''),
      tenantId: optionalString,
    }),
    relationshipToPartner: optionalString,
  }),
  z.transform((customer) => ({
    id: customer.id,
    name: customer.companyProfile.companyName,
    domain: customer.companyProfile.domain,
    relationship: customer.relationshipToPartner,
  })),
);

export type Customer = z.output<typeof customerSchema>;

import { createContext, use, type ReactNode } from 'react';

import type { PartnerCenterClient } from './http-client';

const ClientContext = createContext<PartnerCenterClient | null>(null);

export function PartnerCenterProvider({
  client,
  children,
}: {
  client: PartnerCenterClient;
  children: ReactNode;
}) {
  return <ClientContext value={client}>{children}</ClientContext>;
}

export function usePartnerCenterClient(): PartnerCenterClient {
  const client = use(ClientContext);
  if (!client)
    throw new Error('usePartnerCenterClient must be used inside <PartnerCenterProvider>');
  return client;
}

// One MS-CorrelationId per page view, so every call a view makes can be traced together
// by Microsoft support. The router renews it when the path changes.

let current = crypto.randomUUID();

export function currentCorrelationId(): string {
  return current;
}

export function renewCorrelationId(): string {
  current = crypto.randomUUID();
  return current;
}

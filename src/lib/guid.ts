// Partner Center customer ids are tenant GUIDs. Checking the shape first lets the app
// say "this is not a customer id" without calling the API at all.
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isGuid(value: string): boolean {
  return GUID.test(value);
}

/** A GUID pasted with braces or surrounding spaces, as admin portals often copy it. */
export function normaliseGuid(value: string): string | null {
  const trimmed = value.trim().replace(/^\{(.*)\}$/, '$1');
  return isGuid(trimmed) ? trimmed.toLowerCase() : null;
}

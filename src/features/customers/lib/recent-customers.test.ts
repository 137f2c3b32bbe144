import {
  clearRecentCustomers,
  getRecentCustomers,
  rememberCustomer,
  resetRecentCustomersCache,
  setRecentCustomersScope,
} from './recent-customers';

const PARTNER_A = '11111111-1111-4111-8111-111111111111';
const PARTNER_B = '22222222-2222-4222-8222-222222222222';
const customer = (n: number, name = `Customer ${n}`) => ({
  id: `c0a1b2d3-e4f5-4a6b-8c7d-9e0f1a2b3c${String(n).padStart(2, '0')}`,
  name,
});
const names = () => getRecentCustomers().map((entry) => entry.name);

beforeEach(() => {
  setRecentCustomersScope(PARTNER_A);
  resetRecentCustomersCache();
});
afterEach(() => setRecentCustomersScope(null));

describe('recently opened customers', () => {
  it('keeps a very long name (cut) without wiping the list on the next read', () => {
    rememberCustomer(customer(1));
    rememberCustomer(customer(2, 'N'.repeat(600)));
    resetRecentCustomersCache(); // a reload
    const [long, first] = getRecentCustomers();
    expect(long?.name).toBe(`${'N'.repeat(199)}…`);
    expect(first?.name).toBe('Customer 1');
  });

  it('drops only the entries in storage that are not valid', () => {
    rememberCustomer(customer(1));
    const key = `license-insights.recent-customers.v2:${PARTNER_A}`;
    const stored = JSON.parse(localStorage.getItem(key) ?? '[]') as unknown[];
    localStorage.setItem(
      key,
      JSON.stringify([
        { id: 'not-a-guid', name: 'Bad id', openedAt: 1 },
        { ...customer(3), name: 'x'.repeat(501), openedAt: 1 },
        { ...customer(4), openedAt: 'yesterday' },
        ...stored,
        null,
      ]),
    );
    resetRecentCustomersCache();
    expect(names()).toEqual(['Customer 1']);
  });

  it('keeps one list per partner tenant', () => {
    rememberCustomer(customer(1, 'Of partner A'));
    setRecentCustomersScope(PARTNER_B);
    expect(names()).toEqual([]);
    rememberCustomer(customer(2, 'Of partner B'));
    setRecentCustomersScope(PARTNER_A.toUpperCase());
    expect(names()).toEqual(['Of partner A']);
  });

  it('keeps nothing while nobody is signed in, and drops the old unscoped list', () => {
    localStorage.setItem(
      'license-insights.recent-customers',
      JSON.stringify([{ ...customer(1), openedAt: 1 }]),
    );
    setRecentCustomersScope(null);
    rememberCustomer(customer(2));
    expect(names()).toEqual([]);
    setRecentCustomersScope(PARTNER_A);
    expect(names()).toEqual([]);
    expect(localStorage.getItem('license-insights.recent-customers')).toBeNull();
  });

  it('clears the current partner’s list from storage', () => {
    rememberCustomer(customer(1));
    clearRecentCustomers();
    resetRecentCustomersCache();
    expect(names()).toEqual([]);
    expect(Object.keys(localStorage)).toEqual([]);
  });
});

import { lastAuthMode, opensCustomerSnapshot, rememberAuthMode } from './boot-hints';

describe('boot hints', () => {
  it('remembers the sign-in mode of the last visit', () => {
    localStorage.clear();
    expect(lastAuthMode()).toBeNull();
    rememberAuthMode('msal');
    expect(lastAuthMode()).toBe('msal');
  });

  it('survives a storage that refuses', () => {
    const refusing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    } as unknown as Storage;
    expect(() => rememberAuthMode('demo', refusing)).not.toThrow();
    expect(lastAuthMode(refusing)).toBeNull();
  });

  it('knows which addresses open a customer snapshot', () => {
    const id = '4d3cf487-70f4-4e1e-9ff1-b2bfce8d9f04';
    expect(opensCustomerSnapshot({ pathname: `/customers/${id}`, search: '' })).toBe(true);
    expect(opensCustomerSnapshot({ pathname: `/customers/${id}`, search: '?sort=product' })).toBe(
      true,
    );
    expect(opensCustomerSnapshot({ pathname: `/customers/${id}`, search: '?tab=snapshot' })).toBe(
      true,
    );
    expect(opensCustomerSnapshot({ pathname: `/customers/${id}`, search: '?tab=trend' })).toBe(
      false,
    );
    expect(opensCustomerSnapshot({ pathname: '/customers', search: '' })).toBe(false);
    expect(opensCustomerSnapshot({ pathname: '/', search: '' })).toBe(false);
  });
});

// The thresholds moved to src/lib/thresholds.ts: the right-size plan keeps the same
// "spare seats" and features cannot import each other.
export * from '@/lib/thresholds';

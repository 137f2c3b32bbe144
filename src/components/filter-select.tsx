import { useId } from 'react';

import { stripBidiControls } from '@/lib/bidi';

/**
 * A labelled select over the values present in the data, with an "all" choice. A value
 * from a bookmark that the data no longer has stays selectable, so the user sees why the
 * view is empty instead of silently losing their filter.
 */
export function FilterSelect({
  label,
  allLabel,
  options,
  value,
  onChange,
  nameOf = (option) => option,
}: {
  label: string;
  allLabel: string;
  options: readonly string[];
  value: string | undefined;
  onChange(value: string | undefined): void;
  /** The text shown for a value (a display name); the value itself stays the code. */
  nameOf?: (option: string) => string;
}) {
  const id = useId();
  const shown = value && !options.includes(value) ? [...options, value] : options;
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value ?? ''}
        onChange={(event) => onChange(event.target.value || undefined)}
      >
        <option value="">{allLabel}</option>
        {shown.map((option) => (
          <option key={option} value={option}>
            {/* An <option> holds only text: no <bdi>, so the controls are removed. */}
            {stripBidiControls(nameOf(option))}
          </option>
        ))}
      </select>
    </>
  );
}

import { useEffect, useState } from 'react';
import { minorToMajorText, parseMajorAmount } from '../../lib/ui/money-input';

/** An amount typed as a person writes it ("12,000", "1.2万"), kept as minor units; undefined while it is not one. */
export function MoneyInput({ value, onChange, label, id }: { value: number; onChange: (minor: number | undefined) => void; label: string; id: string }) {
  const [text, setText] = useState(minorToMajorText(value));
  const invalid = parseMajorAmount(text) === undefined;
  useEffect(() => setText(minorToMajorText(value)), [value]);
  return (
    <label className={`field ${invalid ? 'field--invalid' : ''}`} htmlFor={id}>
      <span>{label}</span>
      <input
        id={id}
        inputMode="decimal"
        value={text}
        placeholder="0"
        onChange={(e) => {
          setText(e.target.value);
          onChange(parseMajorAmount(e.target.value));
        }}
      />
    </label>
  );
}

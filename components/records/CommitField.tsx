import { useEffect, useState } from 'react';

/**
 * A text field that writes when the user leaves it (or presses Enter), not on every key: each write is a database
 * transaction and a live-query refresh, and a half-typed bank name is not worth storing.
 */
export function CommitField({
  value,
  onCommit,
  multiline = false,
  placeholder,
  label,
  testId,
  maxLength,
}: {
  value: string;
  onCommit: (value: string) => Promise<unknown> | void;
  multiline?: boolean;
  placeholder?: string;
  label: string;
  testId?: string;
  maxLength?: number;
}) {
  const [draft, setDraft] = useState(value);
  const [editing, setEditing] = useState(false);
  // A change made elsewhere (another panel, an import) shows up unless the user is typing here.
  useEffect(() => {
    if (!editing) setDraft(value);
  }, [value, editing]);
  const commit = () => {
    setEditing(false);
    if (draft !== value) void onCommit(draft);
  };
  const common = {
    value: draft,
    placeholder,
    maxLength,
    'aria-label': label,
    'data-testid': testId,
    onFocus: () => setEditing(true),
    onBlur: commit,
  };
  return multiline ? (
    <textarea {...common} rows={4} onChange={(e) => setDraft(e.target.value)} />
  ) : (
    <input
      {...common}
      onChange={(e) => setDraft(e.target.value)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') (e.target as HTMLInputElement).blur();
      }}
    />
  );
}

import { describe, expect, it } from 'vitest';
import { messagesLabel } from '../../lib/ui/i18n';

describe('messagesLabel', () => {
  it.each([
    [0, '0 messages'],
    [1, '1 message'],
    [2, '2 messages'],
    [1000, '1000 messages'],
  ])('counts %i as %s', (count, label) => {
    expect(messagesLabel(count)).toBe(label);
  });
});

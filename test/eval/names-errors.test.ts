import { describe, expect, it } from 'vitest';
import { classifyErrors, type TypedSpan } from '../../scripts/names-score.js';

const TEXT = 'Formand Ida Lund fra Dansk Vandråd talte i Ribe.';
const span = (name: string, type: string): TypedSpan => ({ start: TEXT.indexOf(name), end: TEXT.indexOf(name) + name.length, type });
const IDA = span('Ida Lund', 'PER');
const BODY = span('Dansk Vandråd', 'ORG');
const RIBE = span('Ribe', 'LOC');

const ROWS: [what: string, found: TypedSpan[], expected: Partial<ReturnType<typeof classifyErrors>>][] = [
  ['every name right', [IDA, BODY, RIBE], { right: { PER: 1, ORG: 1, LOC: 1 } }],
  ['a body taken for a place', [IDA, { ...BODY, type: 'LOC' }, RIBE], { wrongType: { 'ORG>LOC': 1 } }],
  ['a title taken into the name', [span('Formand Ida Lund', 'PER'), BODY, RIBE], { wrongSpan: { PER: 1 } }],
  ['half a body taken for a person', [IDA, span('Vandråd', 'PER'), RIBE], { wrongSpanAndType: { ORG: 1 } }],
  ['a place passed over', [IDA, BODY], { missed: { LOC: 1 } }],
  ['a sentence start taken for a name', [span('Formand', 'ORG'), IDA, BODY, RIBE], { spurious: { ORG: 1 } }],
];

describe('eval:names error classes', () => {
  it.each(ROWS)('%s', (_what, found, expected) => {
    const got = classifyErrors([IDA, BODY, RIBE], found);
    for (const [k, v] of Object.entries(expected)) expect(got[k as keyof typeof got]).toMatchObject(v);
  });
});

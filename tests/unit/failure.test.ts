// Failed requests in the reader's words: the kind and the one sentence shown with Retry.
import { describe, expect, it } from 'vitest';
import {
  describeFailure,
  looksLikeMarkup,
  partFailure,
  type FailureKind,
  type RequestOutcome,
} from '../../src/state/failure';

describe('describeFailure', () => {
  const cases: [RequestOutcome, FailureKind, string][] = [
    [
      { type: 'status', status: 404 },
      'not-found',
      'The data could not be loaded: the server answered 404 (not found).',
    ],
    [
      { type: 'status', status: 410 },
      'not-found',
      'The data could not be loaded: the server answered 410 (gone).',
    ],
    [
      { type: 'status', status: 500 },
      'server',
      'The data could not be loaded: the server answered 500 (server error).',
    ],
    [
      { type: 'status', status: 503 },
      'server',
      'The data could not be loaded: the server answered 503 (server error).',
    ],
    [
      { type: 'status', status: 403 },
      'refused',
      'The data could not be loaded: the server answered 403 (forbidden).',
    ],
    [
      { type: 'status', status: 418 },
      'refused',
      'The data could not be loaded: the server answered 418.',
    ],
    [
      { type: 'network', online: false },
      'offline',
      'The data could not be loaded: this device seems to be offline.',
    ],
    [
      { type: 'network', online: true },
      'unreachable',
      'The data could not be loaded: the connection to the server failed.',
    ],
    [
      { type: 'timeout', ms: 15000 },
      'timeout',
      'The data could not be loaded: the server did not answer within 15 seconds.',
    ],
    [
      { type: 'timeout', ms: 1000 },
      'timeout',
      'The data could not be loaded: the server did not answer within 1 second.',
    ],
    [
      { type: 'timeout', ms: 500 },
      'timeout',
      'The data could not be loaded: the server did not answer within 0.5 seconds.',
    ],
    [
      { type: 'not-json', html: true },
      'not-json',
      'The data could not be loaded: the server sent a web page instead of the data.',
    ],
    [
      { type: 'not-json', html: false },
      'not-json',
      'The data could not be loaded: the server sent something other than the data.',
    ],
  ];
  it.each(cases)('%j is %s', (outcome, kind, message) => {
    expect(describeFailure(outcome)).toEqual({ kind, message });
  });
});

describe('looksLikeMarkup', () => {
  const cases: [string, boolean][] = [
    ['<!doctype html><title>Not found</title>', true],
    ['\n  <html><body>Error</body></html>', true],
    ['\uFEFF<html>', true],
    ['<?xml version="1.0"?><error/>', true],
    ['{"format": "parley/1"}', false],
    ['  [1, 2]', false],
    ['', false],
    ['Service unavailable', false],
  ];
  it.each(cases)('%j: %s', (text, expected) => {
    expect(looksLikeMarkup(text)).toBe(expected);
  });
});

describe('partFailure', () => {
  it.each([
    ['timeline', true, 'The timeline could not be loaded.'],
    ['table', true, 'The statements table could not be loaded.'],
    ['share', true, 'Sharing could not be loaded.'],
    ['timeline', false, 'The timeline could not be loaded: this device seems to be offline.'],
  ] as const)('%s, online %s', (part, online, expected) => {
    expect(partFailure(part, online)).toBe(expected);
  });
});

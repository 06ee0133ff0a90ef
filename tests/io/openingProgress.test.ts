import { describe, expect, it } from 'vitest';
import { describeProgress, OPENING_STAGES, progressFraction } from '../../src/io/openingProgress';

const MB = 1024 * 1024;

describe('the progress of opening a dataset', () => {
  it('says each stage in words, with the megabytes downloaded when it knows them', () => {
    expect(describeProgress({ stage: 'downloading' })).toBe('Downloading');
    expect(describeProgress({ stage: 'downloading', loaded: 1.24 * MB })).toBe('Downloading: 1.2 MB');
    expect(describeProgress({ stage: 'downloading', loaded: 1.26 * MB, total: 9.1 * MB })).toBe('Downloading: 1.3 of 9.1 MB');
    expect(describeProgress({ stage: 'downloading', loaded: 0, total: 2 * MB })).toBe('Downloading: 0.0 of 2.0 MB');
    expect(describeProgress({ stage: 'reading' })).toBe('Reading the file');
    expect(describeProgress({ stage: 'checking' })).toBe('Checking every actor, relation and quote');
    expect(describeProgress({ stage: 'drawing' })).toBe('Drawing the map');
  });

  it('goes from 0 to 1 in four quarters, the download moving within its own', () => {
    expect(OPENING_STAGES).toEqual(['downloading', 'reading', 'checking', 'drawing']);
    expect(progressFraction({ stage: 'downloading' })).toBe(0);
    expect(progressFraction({ stage: 'downloading', loaded: MB, total: 2 * MB })).toBe(0.125);
    // A server that sends more than it said stays within the download's quarter.
    expect(progressFraction({ stage: 'downloading', loaded: 3 * MB, total: 2 * MB })).toBe(0.25);
    // Without a total, how far the bytes have come says nothing of the whole.
    expect(progressFraction({ stage: 'downloading', loaded: MB })).toBe(0);
    expect(progressFraction({ stage: 'downloading', loaded: MB, total: 0 })).toBe(0);
    expect(progressFraction({ stage: 'reading', loaded: MB, total: 2 * MB })).toBe(0.25);
    expect(progressFraction({ stage: 'checking' })).toBe(0.5);
    expect(progressFraction({ stage: 'drawing' })).toBe(0.75);
  });
});

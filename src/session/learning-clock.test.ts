import { describe, expect, it } from 'vitest';
import { LearningClock, minutesLeft } from './learning-clock';

describe('LearningClock', () => {
  it('adds up the spans of following, and nothing while not following', () => {
    const clock = new LearningClock();
    expect(clock.followed(1_000)).toBe(0);
    clock.set(true, 1_000);
    expect(clock.followed(61_000)).toBe(60_000);
    clock.set(false, 121_000);
    // Not following: the time stands still.
    expect(clock.followed(500_000)).toBe(120_000);
    clock.set(true, 500_000);
    expect(clock.followed(530_000)).toBe(150_000);
  });

  it('adds the time kept from earlier visits, even once this page has counted some', () => {
    const clock = new LearningClock();
    clock.set(true, 0);
    clock.addKept(40 * 60_000);
    expect(clock.followed(5 * 60_000)).toBe(45 * 60_000);
  });

  it('counts nothing when the clock goes back', () => {
    const clock = new LearningClock();
    clock.set(true, 10_000);
    expect(clock.followed(5_000)).toBe(0);
    clock.set(false, 4_000);
    expect(clock.followed(20_000)).toBe(0);
  });
});

describe('minutesLeft', () => {
  it('rounds up to whole minutes, and is 0 once learned or with nothing to learn', () => {
    expect(minutesLeft(0, 60)).toBe(60);
    expect(minutesLeft(15 * 60_000 + 1, 60)).toBe(45);
    expect(minutesLeft(59 * 60_000 + 59_000, 60)).toBe(1);
    expect(minutesLeft(60 * 60_000, 60)).toBe(0);
    expect(minutesLeft(0, 0)).toBe(0);
  });
});

// Loads the timeline once for the pages: entries in date order, each with its rendered text.
import { getCollection, render } from 'astro:content';
import { sortByDate } from './dates.ts';
import type { TimelineItem } from './timeline.ts';

export async function loadTimelineItems(): Promise<TimelineItem[]> {
  const entries = sortByDate(await getCollection('timeline'));
  return Promise.all(entries.map(async (entry) => ({ data: entry.data, Content: (await render(entry)).Content })));
}

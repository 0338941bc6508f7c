package org.ponte.cli;

import java.util.List;

/**
 * What an incremental publish did.
 *
 * @param changed  documents mapped (new, changed, or skipped before under other rules)
 * @param replaced graphs replaced with new content
 * @param removed  graphs emptied (deleted documents, and published ones that are now skipped)
 * @param skipped  {@code document<TAB>reason} of every document left out, new or remembered
 * @param millis   wall time of the whole publish
 * @param timings  wall time per step, and what the scan read
 */
record Increment(int changed, int replaced, int removed, List<String> skipped, long millis, String timings) {}

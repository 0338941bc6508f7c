package org.ponte.mapper.extract;

import org.ponte.core.Problems;
import org.ponte.mapper.segment.Layout;

/** The extract stage: entities and claims from a segmented document. Implementations are thread-safe. */
public interface Extractor {
    Extraction extract(Layout layout, Problems problems);
}

package org.ponte.mapper.resolve;

import java.util.List;
import org.ponte.mapper.extract.EntityType;

/**
 * A well-known body, programme or place from the reference data, with every name it goes by.
 *
 * @param id        slug from the data row; also the IRI slug
 * @param type      entity type
 * @param nameEn    English name, or null
 * @param nameIt    Italian name, or null
 * @param acronyms  acronyms in any language
 * @param aliases   other names
 * @param parent    id of the parent (body, programme or place), or null
 * @param category  the row's type column (ministry, university, city, …), or null
 * @param wikidata  Wikidata QID, or null
 * @param managedBy for programmes, id of the managing organisation, or null
 */
public record RefEntity(String id, EntityType type, String nameEn, String nameIt, List<String> acronyms,
                        List<String> aliases, String parent, String category, String wikidata, String managedBy) {

    /** The name to show: English, else Italian, else the first acronym. */
    public String displayName() {
        if (nameEn != null) return nameEn;
        if (nameIt != null) return nameIt;
        return acronyms.isEmpty() ? id : acronyms.get(0);
    }
}

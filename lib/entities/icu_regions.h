// Region names from ICU's locale data, as lexicon entries.
//
// Countries and territories (icu::Region, URGN_TERRITORY) become
// "entity type=GPE" entries with their English display names; continents and
// sub-continents ("Africa", "Western Europe") become "entity type=LOC".
// Display names with a qualifier are split: "Myanmar (Burma)" gives both
// names, "Congo - Kinshasa" is skipped (the gazetteer spells those out).
// The entries come first in the lexicon, so data/*.tsv and user lexicons
// override them. Pure function of the ICU data; thread-safe.
#ifndef CLAIMX_LIB_ENTITIES_ICU_REGIONS_H_
#define CLAIMX_LIB_ENTITIES_ICU_REGIONS_H_

#include <vector>

#include "text/tsv.h"

namespace claimx::internal {

std::vector<LexiconEntry> IcuRegionEntries();

}  // namespace claimx::internal

#endif  // CLAIMX_LIB_ENTITIES_ICU_REGIONS_H_

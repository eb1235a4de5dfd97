#include "entities/icu_regions.h"

#include <unicode/locid.h>
#include <unicode/region.h>
#include <unicode/strenum.h>
#include <unicode/unistr.h>

#include <memory>
#include <string>

namespace claimx::internal {
namespace {

void AddName(const std::string& name, const std::string& code, const char* type,
             std::vector<LexiconEntry>* out) {
  if (name.empty() || name == code)
    return;  // no display name: ICU echoes the code
  for (char c : name) {
    if (c >= '0' && c <= '9') return;
  }
  LexiconEntry e;
  e.phrase = name;
  e.type = "entity";
  e.attrs = {{"type", type}, {"canonical", name}, {"region", code}};
  e.origin = "icu:region/" + code;
  out->push_back(std::move(e));
}

void AddRegions(URegionType kind, const char* type,
                std::vector<LexiconEntry>* out) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::StringEnumeration> regions(
      icu::Region::getAvailable(kind, status));
  if (U_FAILURE(status) || regions == nullptr) return;
  const icu::Locale& english = icu::Locale::getEnglish();
  for (const char* code = regions->next(nullptr, status);
       code != nullptr && U_SUCCESS(status);
       code = regions->next(nullptr, status)) {
    icu::UnicodeString display;
    icu::Locale("", code).getDisplayCountry(english, display);
    std::string name;
    display.toUTF8String(name);
    // "Congo - Kinshasa", "Hong Kong SAR China": qualified forms the
    // gazetteer spells the way news does.
    if (name.find(" - ") != std::string::npos ||
        name.find(" SAR ") != std::string::npos ||
        name.find('&') != std::string::npos) {
      continue;
    }
    size_t paren = name.find(" (");
    if (paren != std::string::npos) {
      size_t close = name.find(')', paren);
      if (close != std::string::npos) {
        AddName(name.substr(paren + 2, close - paren - 2), code, type, out);
      }
      name.resize(paren);
    }
    AddName(name, code, type, out);
  }
}

}  // namespace

std::vector<LexiconEntry> IcuRegionEntries() {
  std::vector<LexiconEntry> out;
  AddRegions(URGN_TERRITORY, "GPE", &out);
  AddRegions(URGN_CONTINENT, "LOC", &out);
  AddRegions(URGN_SUBCONTINENT, "LOC", &out);
  return out;
}

}  // namespace claimx::internal

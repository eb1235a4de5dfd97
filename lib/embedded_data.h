// The default lexicons: data/*.tsv, compiled into the library by the build
// (cmake/EmbedData.cmake), so the default Extractor needs no data path.
#ifndef CLAIMX_LIB_EMBEDDED_DATA_H_
#define CLAIMX_LIB_EMBEDDED_DATA_H_

#include <string_view>
#include <vector>

namespace claimx::internal {

struct EmbeddedFile {
  std::string_view name;     // "data/abbreviations.tsv"
  std::string_view content;  // the file's bytes
};

// Every file under data/ with a .tsv suffix, sorted by name.
const std::vector<EmbeddedFile>& EmbeddedDataFiles();

}  // namespace claimx::internal

#endif  // CLAIMX_LIB_EMBEDDED_DATA_H_

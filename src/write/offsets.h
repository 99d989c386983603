// Turns byte offsets into character (code point) offsets, as the event record counts them,
// without rescanning the document for every offset.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace attache {

class CharOffsets {
 public:
  explicit CharOffsets(std::string_view text);
  uint64_t At(uint32_t byte_offset) const;

 private:
  static constexpr uint32_t kBlock = 256;
  std::string_view text_;
  bool ascii_ = true;                   // then a byte offset is a character offset
  std::vector<uint64_t> before_block_;  // code points before each block
};

}  // namespace attache

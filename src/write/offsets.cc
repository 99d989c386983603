#include "write/offsets.h"

#include <algorithm>

#include "split/utf8_text.h"

namespace attache {

CharOffsets::CharOffsets(std::string_view text) : text_(text) {
  for (char c : text) ascii_ = ascii_ && static_cast<unsigned char>(c) < 0x80;
  if (ascii_) return;
  uint64_t count = 0;
  for (size_t start = 0; start < text.size(); start += kBlock) {
    before_block_.push_back(count);
    count += CodePointCount(text.substr(start, kBlock));
  }
}

uint64_t CharOffsets::At(uint32_t byte_offset) const {
  if (ascii_) return std::min<uint64_t>(byte_offset, text_.size());
  size_t block = byte_offset / kBlock;
  if (block >= before_block_.size()) return CodePointCount(text_) ;
  size_t start = block * kBlock;
  return before_block_[block] + CodePointCount(text_.substr(start, byte_offset - start));
}

}  // namespace attache

// Runs the stages on one document: clean, split, then sentence by sentence match, parse
// clauses, resolve actors and code, carrying what the document has said so far (its
// discourse) from one sentence to the next. Documents are independent: several may be coded
// at once on different threads with one shared, read-only Lexicon.
#pragma once

#include "document/document.h"
#include "lexicon/lexicon.h"

namespace attache {

void CodeDocument(Document& doc, const Lexicon& lexicon);

}  // namespace attache

// Publication dates as the inputs write them. The date anchors every relative date in the story
// ("on Tuesday", "last week"), so a value that is not a date rejects the document rather than
// being dropped: coding it without its date would put its events on the wrong days.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "document/date.h"

namespace attache {

// "YYYY-MM-DD", "YYYY-MM", "YYYY", or a full ISO 8601 timestamp ("2025-02-25T10:00:00Z",
// "2025-02-25 10:00:00+05:00"), of which the date is kept as written: the publisher's own
// calendar day, the one its "yesterday" counts from. nullopt for anything else, and for
// impossible dates (2025-02-30).
std::optional<Date> ParsePublished(std::string_view value);

// The rejection reason for a value that is not a date, naming the field it came from:
// `published: "2025-02-30" is not a date (expected YYYY-MM-DD)`.
std::string NotADateReason(std::string_view field, std::string_view value);

}  // namespace attache

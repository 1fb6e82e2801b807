// Dates as reports print them: "3 – 12 December 2012", "13-22 May 2013",
// "26 October 2015 – 20 November 2015", "18 February to 1 March 2019", "Tuesday, 1 March 2016".
#pragma once

#include <optional>
#include <string_view>

#include "schema/report.hpp"

namespace assay {

struct DateRange {
    Date start, end;
};

// The first date or date range in `text` (a single date gives start == end). Words before
// the first date are skipped; parsing stops at the first word after it that is not part of it.
// `default_year` completes a range printed without a year ("Between 16 May and 20 May").
std::optional<DateRange> find_date_range(std::string_view text, int default_year = 0);

// The first single date ("1 March 2016", "20th January 2016").
std::optional<Date> find_date(std::string_view text);

}  // namespace assay

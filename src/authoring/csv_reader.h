// A small RFC 4180 reader for spreadsheets as Excel and LibreOffice save them: comma or
// semicolon separators, quoted fields with separators, quotes and line breaks inside, CRLF or LF,
// an optional UTF-8 byte-order mark; every field keeps the line and column where it starts.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace itinera {

struct CsvField {
  std::string text;
  int line = 0, column = 0;  // from 1; columns in code points
};

struct CsvRecord {
  std::vector<CsvField> fields;
  int line = 0;                  // the line it starts on
  size_t begin = 0, end = 0;     // its bytes in the file, without the line break that ends it
};

struct CsvProblem {
  int line = 0, column = 0;
  std::string message;
};

struct CsvTable {
  char separator = ',';
  std::vector<CsvRecord> records;  // the header first; blank lines are skipped
  std::vector<CsvProblem> problems;
};

// The separator is the one of ',' and ';' that the first line has more of outside quotes.
CsvTable readCsv(std::string_view text);

}  // namespace itinera

// RFC 4180 reading with positions: one pass over the bytes, a field at a time.
#include "authoring/csv_reader.h"

namespace itinera {
namespace {

char detectSeparator(std::string_view text) {
  size_t commas = 0, semicolons = 0;
  bool quoted = false;
  for (char c : text) {
    if (c == '"') quoted = !quoted;
    else if (!quoted && c == '\n') break;
    else if (!quoted && c == ',') ++commas;
    else if (!quoted && c == ';') ++semicolons;
  }
  return semicolons > commas ? ';' : ',';
}

class Reader {
 public:
  Reader(std::string_view text, CsvTable& table) : text_(text), table_(table) {
    if (text_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = lineStart_ = 3;  // the BOM is not part of the first field
  }

  void run() {
    while (pos_ < text_.size()) {
      if (atLineBreak()) {  // a blank line
        skipLineBreak();
        continue;
      }
      readRecord();
    }
  }

 private:
  bool atLineBreak() const { return text_[pos_] == '\n' || (text_[pos_] == '\r' && next() == '\n'); }
  char next() const { return pos_ + 1 < text_.size() ? text_[pos_ + 1] : '\0'; }
  void skipLineBreak() {
    pos_ += text_[pos_] == '\r' ? 2 : 1;
    ++line_;
    lineStart_ = pos_;
  }
  int column() const {
    int col = 1;
    for (size_t i = lineStart_; i < pos_; ++i) col += (static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80;
    return col;
  }
  void advance() {
    if (text_[pos_] == '\n') {
      ++pos_;
      ++line_;
      lineStart_ = pos_;
    } else {
      ++pos_;
    }
  }

  void readRecord() {
    CsvRecord record;
    record.line = line_;
    record.begin = pos_;
    while (true) {
      record.fields.push_back(readField());
      if (pos_ < text_.size() && text_[pos_] == table_.separator) {
        ++pos_;
        continue;
      }
      break;
    }
    record.end = pos_;
    if (pos_ < text_.size()) skipLineBreak();
    table_.records.push_back(std::move(record));
  }

  CsvField readField() {
    CsvField field;
    field.line = line_;
    field.column = column();
    if (pos_ < text_.size() && text_[pos_] == '"') return readQuoted(field);
    while (pos_ < text_.size() && text_[pos_] != table_.separator && !atLineBreak()) {
      if (text_[pos_] == '"')
        table_.problems.push_back({line_, column(), "a quote inside an unquoted field (quote the whole field, doubling its quotes)"});
      field.text += text_[pos_++];
    }
    return field;
  }

  CsvField readQuoted(CsvField& field) {
    ++pos_;
    while (true) {
      if (pos_ >= text_.size()) {
        table_.problems.push_back({field.line, field.column, "this quoted field is never closed"});
        return field;
      }
      if (text_[pos_] == '"' && next() == '"') {
        field.text += '"';
        pos_ += 2;
      } else if (text_[pos_] == '"') {
        ++pos_;
        break;
      } else {
        if (text_[pos_] != '\r' || next() != '\n') field.text += text_[pos_];
        advance();
      }
    }
    if (pos_ < text_.size() && text_[pos_] != table_.separator && !atLineBreak()) {
      table_.problems.push_back({line_, column(), std::string("expected '") + table_.separator +
                                                      "' or the end of the line after a closing quote"});
      while (pos_ < text_.size() && text_[pos_] != table_.separator && !atLineBreak()) ++pos_;
    }
    return field;
  }

  std::string_view text_;
  CsvTable& table_;
  size_t pos_ = 0, lineStart_ = 0;
  int line_ = 1;
};

}  // namespace

CsvTable readCsv(std::string_view text) {
  CsvTable table;
  table.separator = detectSeparator(text);
  Reader(text, table).run();
  return table;
}

}  // namespace itinera

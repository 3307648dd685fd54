// Lists of people in one cell: "Ana Example (Minister); Luis Sample".
#include "authoring/import_rows.h"

namespace itinera {
namespace {

std::string trimmed(std::string s) {
  size_t a = s.find_first_not_of(" \t\r\n"), b = s.find_last_not_of(" \t\r\n");
  return a == std::string::npos ? "" : s.substr(a, b - a + 1);
}

}  // namespace

std::vector<ImportPerson> splitPeople(const Located& cell) {
  std::vector<ImportPerson> out;
  size_t from = 0;
  while (from <= cell.text.size()) {
    size_t cut = cell.text.find_first_of(";|", from);
    std::string part = trimmed(cell.text.substr(from, cut == std::string::npos ? std::string::npos : cut - from));
    ImportPerson person{{part, cell.line, cell.column}, ""};
    size_t open = part.rfind('(');
    if (open != std::string::npos && part.back() == ')') {
      person.role = trimmed(part.substr(open + 1, part.size() - open - 2));
      person.name.text = trimmed(part.substr(0, open));
    }
    if (!person.name.text.empty()) out.push_back(std::move(person));
    if (cut == std::string::npos) break;
    from = cut + 1;
  }
  return out;
}

}  // namespace itinera

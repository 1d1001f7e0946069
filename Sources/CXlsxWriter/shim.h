// Debian's libxlsxwriter-dev 1.1.4 (`make setup` installs it). Only
// Sources/TapestryReport/XLSX/XlsxWorkbook.swift imports this module.
#include <xlsxwriter.h>

// zlib (Debian's zlib1g-dev), for inflating the parts of .xlsx workbooks.
#include <zlib.h>

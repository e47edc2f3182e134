// libxml2 is built with ICU here; its ICU headers clash with Foundation's copy, and impact
// never uses libxml2's encoding converters, so leave them out.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/SAX2.h>
#include <libxml/xmlerror.h>

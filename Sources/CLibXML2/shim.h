#ifndef CLIBXML2_SHIM_H
#define CLIBXML2_SHIM_H
#include <libxml/xmlversion.h>
/* Debian builds libxml2 with ICU, and <libxml/encoding.h> then pulls <unicode/ucnv.h> into this
   module. Any Swift file that also sees Foundation (whose _FoundationICU has its own, different
   UErrorCode) fails with "'UErrorCode' has different definitions in different modules" — in a
   clean build, test targets included. Nothing here touches the ICU members of
   xmlCharEncodingHandler (we only ever hold pointers to it), so hide them from the module. */
#undef LIBXML_ICU_ENABLED
#include <libxml/xmlwriter.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlerror.h>

/// `xmlFree` is a global function pointer variable; Swift 6 rejects touching it directly.
static inline void clibxml2_free(void *p) { xmlFree(p); }
#endif

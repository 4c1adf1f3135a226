// The module is the inline function in include/CDyadPrefetch.h; SwiftPM needs one source file for a C target.
#include "CDyadPrefetch.h"
